import type { APIRoute } from 'astro';
import { getCorpus } from '../../lib/collections.ts';
import { bestBetInput } from '../../lib/search-best-bets.ts';
import { buildBestBets } from '../../lib/search-terms.ts';

/** Best bets for the search page: normalised query -> pages to put first (src/lib/search-terms.ts). */
export const GET: APIRoute = async () => Response.json(buildBestBets(bestBetInput(await getCorpus())));

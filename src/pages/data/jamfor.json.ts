import type { APIRoute } from 'astro';
import { getCorpus } from '../../lib/collections.ts';
import { historyModel } from '../../lib/passage-history.ts';

/** What the compare page's script needs: the history model, the same one every static page reads. */
export const GET: APIRoute = async () => Response.json(historyModel(await getCorpus()));

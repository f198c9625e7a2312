import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../lib/collections.ts';
import { lineCompareData, lineKeys } from '../../../lib/compare-data.ts';

/** The compare page's data for one document line (src/lib/compare-data.ts): what its script reads for a comparison in that line. */
export const getStaticPaths = (async () => lineKeys(await getCorpus()).map((linje) => ({ params: { linje } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => Response.json(lineCompareData(await getCorpus(), params.linje!));

import type { APIRoute } from 'astro';
import { getCorpus } from '../../lib/collections.ts';

/** Open data: the formulations the timeline follows and the passages that carry them (see conceptSchema in src/lib/schema.ts). */
export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  return Response.json(corpus.concepts.map((c) => ({ id: c.id, data: c.data })));
};

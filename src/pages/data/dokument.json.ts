import type { APIRoute } from 'astro';
import { getCorpus } from '../../lib/collections.ts';
import { documentUrl } from '../../lib/routes.ts';

/** Open data: every versioned document, its record as in content/ (see documentSchema in src/lib/schema.ts). */
export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  return Response.json(corpus.documents.map((d) => ({ id: d.id, url: documentUrl(d.id), data: d.data })));
};

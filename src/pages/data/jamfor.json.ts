import type { APIRoute } from 'astro';
import { getCorpus } from '../../lib/collections.ts';
import { documentTimeline } from '../../lib/in-force.ts';
import { historyModel } from '../../lib/passage-history.ts';

/**
 * What the compare page's script needs: the history model, the same one every
 * static page reads, and each document's timeline and name for comparing by date.
 */
export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  return Response.json({
    ...historyModel(corpus),
    timelines: Object.fromEntries(corpus.documents.map((d) => [d.id, documentTimeline(corpus, d.id)])),
    documentNames: Object.fromEntries(corpus.documents.map((d) => [d.id, d.data.name])),
  });
};

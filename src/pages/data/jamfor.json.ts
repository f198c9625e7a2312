import type { APIRoute } from 'astro';
import { getCorpus } from '../../lib/collections.ts';
import { comparableVersion } from '../../lib/compare.ts';
import { orderedVersions } from '../../lib/versions.ts';

/** What the compare page's script needs: documents with their lineage, and every version with cited passages. */
export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  return Response.json({
    documents: corpus.documents.map((d) => ({ id: d.id, name: d.data.name, replaces: d.data.replaces, replacedBy: d.data.replacedBy })),
    versions: corpus.documents.flatMap((d) => orderedVersions(corpus, d.id).map((v) => comparableVersion(corpus, v))),
  });
};

import type { APIRoute } from 'astro';
import { getCorpus } from '../../lib/collections.ts';
import { versionUrl } from '../../lib/routes.ts';
import { orderedVersions } from '../../lib/versions.ts';

/** Open data: every known version in order, with its passages (see versionSchema in src/lib/schema.ts). */
export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  return Response.json(
    corpus.documents.flatMap((d) => orderedVersions(corpus, d.id).map((v) => ({ document: v.document, id: v.id, url: versionUrl(v), data: v.data }))),
  );
};

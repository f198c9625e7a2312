import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../lib/collections.ts';
import { versionUrl } from '../../../lib/routes.ts';
import { orderedVersions } from '../../../lib/versions.ts';

/**
 * Open data: one document's known versions in order, with their passages (see
 * versionSchema in src/lib/schema.ts). One file per document, named in
 * /data/dokument.json: one file of every version grew with the content (45 MB
 * at 1000×, over the size limit).
 */
export const getStaticPaths = (async () => (await getCorpus()).documents.map((d) => ({ params: { dokument: d.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const corpus = await getCorpus();
  return Response.json(orderedVersions(corpus, params.dokument!).map((v) => ({ document: v.document, id: v.id, url: versionUrl(v), data: v.data })));
};

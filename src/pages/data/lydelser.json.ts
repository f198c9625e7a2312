import type { APIRoute } from 'astro';
import { getCorpus } from '../../lib/collections.ts';
import { passageHistoryUrl, versionUrl } from '../../lib/routes.ts';
import { orderedVersions } from '../../lib/versions.ts';

/** Open data: every passage of every known version, one row each (see passageSchema in src/lib/schema.ts). */
export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  return Response.json(
    corpus.documents.flatMap((d) =>
      orderedVersions(corpus, d.id).flatMap((v) =>
        v.data.passages.map((p) => ({
          document: v.document,
          version: v.id,
          id: p.id,
          url: `${versionUrl(v)}#${p.id}`,
          history: passageHistoryUrl(v.document, p.id),
          data: p,
        })),
      ),
    ),
  );
};

import type { APIRoute } from 'astro';
import { getCorpus } from '../../lib/collections.ts';
import { documentLine } from '../../lib/passage-history.ts';
import { documentUrl, passagesDataUrl, versionsDataUrl } from '../../lib/routes.ts';

/**
 * Open data: every versioned document, its record as in content/ (see
 * documentSchema in src/lib/schema.ts), and where its versions and its line's
 * passage threads are (one file each, so that no file grows with the corpus).
 */
export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  return Response.json(
    corpus.documents.map((d) => ({
      id: d.id,
      url: documentUrl(d.id),
      versions: versionsDataUrl(d.id),
      passages: passagesDataUrl(documentLine(corpus, d.id)[0]),
      data: d.data,
    })),
  );
};

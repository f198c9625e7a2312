/** The diagrams' size rules as one stylesheet (see diagramSizeCss): a file the CSP allows as 'self'. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../lib/collections.ts';
import { diagramSizeCss, processFigure } from '../../lib/process-layout.ts';

export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  const figures = await Promise.all(corpus.processes.map(async (p) => ({ id: p.id, layout: (await processFigure(corpus, p.id)).layout })));
  return new Response(diagramSizeCss(figures), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};

import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { getCorpus } from '../../lib/collections.ts';

/** Each statistics table's CSV, served as it is stored in content/. */
export async function getStaticPaths() {
  const corpus = await getCorpus();
  return corpus.statistics.map((s) => ({ params: { id: s.id }, props: { file: s.csvFile } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(props.file as string, 'utf8'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

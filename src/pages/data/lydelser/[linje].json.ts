import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../lib/collections.ts';
import { lineKeys } from '../../../lib/compare-data.ts';
import { historyModel, threadHistory, threadsOfLine } from '../../../lib/passage-history.ts';
import { passageHistoryUrl } from '../../../lib/routes.ts';

/**
 * Open data: every passage thread of one document line (a document and those
 * it replaced or was replaced by), with its state and change in every version
 * of the line, read from the history model that every page shows. `record` is
 * the passage as recorded (see passageSchema in src/lib/schema.ts). One file
 * per line, named by its first document and listed in /data/dokument.json: one
 * file of every thread grew with the content (72 MB at 1000×, over the size
 * limit).
 */
export const getStaticPaths = (async () => lineKeys(await getCorpus()).map((linje) => ({ params: { linje } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const model = historyModel(await getCorpus());
  const line = model.lines.findIndex((l) => l.documents[0] === params.linje);
  return Response.json(
    threadsOfLine(model, line).map((thread) => ({
      key: thread.key,
      title: thread.title,
      members: thread.members.map((m) => ({ ...m, history: passageHistoryUrl(m.document, m.passage) })),
      versions: threadHistory(model, thread).map((s) => ({
        document: s.version.document,
        version: s.version.id,
        evidence: s.state.evidence,
        record: s.state.record && { document: s.state.record.document, version: s.state.record.version, id: s.state.record.id, url: s.state.record.url },
        change: s.change && { kind: s.change.kind, basis: s.change.basis, since: s.previous && { document: s.previous.document, version: s.previous.id }, statements: s.change.statements.map((r) => ({ document: r.document, version: r.version, id: r.id, cite: r.cite })) },
      })),
      records: [...new Set(thread.states.map((s) => s.record).filter((r) => r !== undefined))],
    })),
  );
};

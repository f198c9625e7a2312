import type { APIRoute } from 'astro';
import { getCorpus } from '../../lib/collections.ts';
import { historyModel, threadHistory } from '../../lib/passage-history.ts';
import { passageHistoryUrl } from '../../lib/routes.ts';

/**
 * Open data: every passage thread with its state and change in every version
 * of its document line, read from the history model that every page shows.
 * `record` is the passage as recorded (see passageSchema in src/lib/schema.ts).
 */
export const GET: APIRoute = async () => {
  const model = historyModel(await getCorpus());
  return Response.json(
    model.threads.map((thread) => ({
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

/**
 * What the steps after rendering (src/after-render/) get from Astro's process:
 * the content they need as plain data, written by the build's hook
 * (src/integrations/after-render.ts) and read by scripts/after-render.ts.
 */
import type { Corpus } from '../lib/corpus.ts';
import type { PlanInput } from '../lib/offline-plan.ts';
import { documentLine } from '../lib/passage-history.ts';
import { compareDataUrl } from '../lib/routes.ts';
import type { PageKeywords } from '../lib/search-best-bets.ts';
import { GUIDE_GROUPS, guideSidebar } from '../lib/sidebar.ts';

/** Where the steps report: the console, as Astro's logger does. */
export interface StepLog {
  info(message: string): void;
  warn(message: string): void;
}

/** What the offline plan needs of the content: the guides in reading order, and each document's compare data. */
export type OfflineContent = Pick<PlanInput, 'guides' | 'documents'>;

export function offlineContent(corpus: Corpus): OfflineContent {
  return {
    // The guides in reading order: the precache takes them from the first while they fit its budget.
    guides: guideSidebar(corpus.guides, GUIDE_GROUPS).flatMap((group) => group.items.map((item) => item.link)),
    documents: corpus.documents.map((d) => ({ id: d.id, compareData: compareDataUrl(documentLine(corpus, d.id)[0]) })),
  };
}

/** What the steps need of the content and the project, as plain data. */
export interface AfterRenderInput {
  /** The project's folder: its components' source says which inline code the Content Security Policy allows. */
  root: string;
  keywords: PageKeywords;
  offline: OfflineContent;
}

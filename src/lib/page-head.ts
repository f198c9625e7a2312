/**
 * Starlight's Head writes each head entry's content as HTML (set:html). The
 * page title is text (a guide's, document's or process's title), so it is
 * escaped before it gets there: a title can never close <title> and open a
 * script, even if it slipped past the content checks.
 */
import { escapeHtml } from './diff-passages.ts';

export function headWithTextTitle<T extends { tag: string; content?: string }>(head: T[]): T[] {
  return head.map((entry) => (entry.tag === 'title' && entry.content ? { ...entry, content: escapeHtml(entry.content) } : entry));
}

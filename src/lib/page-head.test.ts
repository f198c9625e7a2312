import { describe, expect, it } from 'vitest';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { INJECTION_PROBES } from '../../tests/support/injection.ts';
import { headWithTextTitle } from './page-head.ts';

/** Elements of an HTML document as the browser parses it. */
function elementsOf(html: string): { tag: string; text: string }[] {
  const out: { tag: string; text: string }[] = [];
  const visit = (node: { type: string; tagName?: string; children?: unknown[] }) => {
    if (node.type === 'element') out.push({ tag: node.tagName!, text: toString(node as never) });
    for (const child of node.children ?? []) visit(child as never);
  };
  visit(unified().use(rehypeParse).parse(html) as never);
  return out;
}

describe('the page title in the head', () => {
  it.each(INJECTION_PROBES)('stays text when a title holds %s', (probe) => {
    const head = headWithTextTitle([
      { tag: 'meta', attrs: { charset: 'utf-8' } },
      { tag: 'title', content: `${probe} | Samordningsuppdraget` },
    ]);
    // As Starlight's Head writes it: <Tag {...attrs} set:html={content} />.
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${head[1].content}</title></head><body></body></html>`;
    const elements = elementsOf(html);
    expect(elements.map((e) => e.tag)).toEqual(['html', 'head', 'meta', 'title', 'body']);
    expect(elements.find((e) => e.tag === 'title')!.text).toBe(`${probe} | Samordningsuppdraget`);
  });

  it('leaves other entries as they are', () => {
    const script = { tag: 'script', attrs: { src: '/sw-register.js' } };
    expect(headWithTextTitle([script])).toEqual([script]);
  });
});

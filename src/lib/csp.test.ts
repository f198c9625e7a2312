import { describe, expect, it } from 'vitest';
import { COMPONENT } from '../../tests/support/component-source.ts';
import { authoredInline } from './authored-inline.ts';
import { checkPage, ContentSecurityError, sha256, withContentSecurityPolicy } from './csp.ts';

const authored = authoredInline([COMPONENT]);
const page = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><script>theme()</script><script type="module" src="/a.js"></script></head><body>${body}<script type="application/json">{"a":1}</script></body></html>`;
const sha = (s: string) => `'sha256-${sha256(s)}'`;

describe('content security policy of a page', () => {
  it('allows the authored inline script and style attributes by hash, and nothing from other origins', () => {
    const { policy, problems } = checkPage('index.html', page('<div style="--w: 630px">x</div><p style="--size: 1em;">y</p>'), authored);
    expect(problems).toEqual([]);
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha('theme()')};`);
    expect(policy).toContain("style-src-elem 'self';");
    expect(policy).toContain(`style-src-attr 'unsafe-hashes' ${[sha('--w: 630px'), sha('--size: 1em;')].sort().join(' ')};`);
    expect(policy).not.toMatch(/unsafe-inline|https?:/);
  });

  it('puts the policy first in <head> and keeps the rest of the page byte for byte', () => {
    const html = page('<p>ö &amp; å</p>');
    const finished = withContentSecurityPolicy('index.html', html, authored);
    expect(finished.startsWith('<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'self\'; ')).toBe(true);
    expect(finished.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')).toBe(html);
  });

  const refused: [string, string, string][] = [
    ['an inline script the components do not author', '<h1></title><script>alert(1)</script></h1>', 'inline script "alert(1)" is not one of the site\'s own'],
    ['an inline <style>', '<style>body{display:none}</style>', 'inline <style> "body{display:none}" is not one of the site\'s own'],
    ['a style attribute setting a property no component sets', '<p style="background: url(/x)">y</p>', 'style attribute "background: url(/x)" on <p> sets background'],
    ['an onclick attribute', '<button onclick="alert(1)">y</button>', 'event-handler attribute onclick on <button>'],
    ['a script inside a <template>', '<template><script>alert(1)</script></template>', 'inline script "alert(1)"'],
    ['a script inside an <svg>', '<svg><script>alert(1)</script></svg>', 'inline script "alert(1)"'],
    ['an event handler on an <svg>', '<svg><circle onload="alert(1)"/></svg>', 'event-handler attribute onload on <circle>'],
  ];
  for (const [what, body, message] of refused) {
    it(`refuses ${what}, naming the page and the place in it`, () => {
      const [problem, ...more] = checkPage('guide/index.html', page(body), authored).problems;
      expect(more).toEqual([]);
      expect(problem).toMatch(/^guide\/index\.html:1:\d+: /);
      expect(problem).toContain(message);
      expect(() => withContentSecurityPolicy('guide/index.html', page(body), authored)).toThrow(ContentSecurityError);
    });
  }
});

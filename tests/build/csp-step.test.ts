import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addContentSecurityPolicy } from '../../src/after-render/content-security-policy.ts';
import { authoredInline } from '../../src/lib/authored-inline.ts';
import { ContentSecurityError } from '../../src/lib/csp.ts';
import { COMPONENT } from '../support/component-source.ts';

const authored = authoredInline([COMPONENT]);
const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><script>theme()</script></head><body>${body}</body></html>`;
let site: string;
afterEach(() => rmSync(site, { recursive: true, force: true }));

function siteWith(pages: Record<string, string>): string {
  site = mkdtempSync(join(tmpdir(), 'csp-step-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), html);
  }
  return site;
}

describe('the CSP step over a built site', () => {
  it('gives every page its own policy, the rest byte for byte', () => {
    const pages = { 'index.html': page('<p>å</p>'), 'a/index.html': page('<div style="--w: 1px">ö</div>'), 'b/index.html': page('<p>å</p>') };
    const dir = siteWith(pages);
    expect(addContentSecurityPolicy(dir, authored)).toBe(3);
    for (const [path, html] of Object.entries(pages)) {
      const finished = readFileSync(join(dir, path), 'utf8');
      expect(finished).toContain('<head><meta http-equiv="Content-Security-Policy" content="default-src \'self\'; ');
      expect(finished.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')).toBe(html);
    }
    expect(readFileSync(join(dir, 'a/index.html'), 'utf8')).toContain("style-src-attr 'unsafe-hashes'");
  });

  it('writes no page when any page has inline code the components do not author, and names it', () => {
    const pages = { 'a/index.html': page('<p>ok</p>'), 'z/index.html': page('<script>alert(1)</script>') };
    const dir = siteWith(pages);
    expect(() => addContentSecurityPolicy(dir, authored)).toThrow(ContentSecurityError);
    expect(() => addContentSecurityPolicy(dir, authored)).toThrow(/z\/index\.html:1:\d+: inline script "alert\(1\)"/);
    for (const [path, html] of Object.entries(pages)) expect(readFileSync(join(dir, path), 'utf8')).toBe(html);
  });
});

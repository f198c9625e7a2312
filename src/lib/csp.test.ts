import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, withContentSecurityPolicy } from './csp.ts';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('content security policy', () => {
  const page = '<html><head><script>theme()</script><script type="module" src="/a.js"></script><style>p{}</style></head><body><span style="--x: 1em;"></span></body></html>';

  it('allows inline scripts, styles and style attributes only by hash, and nothing from other origins', () => {
    const policy = contentSecurityPolicy(page);
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha('theme()')}`);
    expect(policy).toContain(`style-src-elem 'self' ${sha('p{}')}`);
    expect(policy).toContain(`style-src-attr 'unsafe-hashes' ${sha('--x: 1em;')}`);
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|https?:/);
  });

  it('puts the policy at the start of the head', () => {
    expect(withContentSecurityPolicy(page)).toMatch(/^<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; /);
  });
});

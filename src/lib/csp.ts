/**
 * A Content Security Policy for one built page: only this origin, and inline
 * scripts, <style> blocks and style attributes allowed only by their exact
 * hashes. Computed after the build so every inline piece Astro and Starlight
 * emit is covered, and nothing else.
 */
import { createHash } from 'node:crypto';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const decodeAttribute = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const unique = (items: string[]) => [...new Set(items)].sort();

export function contentSecurityPolicy(html: string): string {
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1]));
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]));
  const styleAttributes = [...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => hash(decodeAttribute(m[1])));
  return [
    "default-src 'self'",
    // Pagefind runs its search index as WebAssembly.
    `script-src 'self' 'wasm-unsafe-eval' ${unique(scripts).join(' ')}`.trim(),
    `style-src-elem 'self' ${unique(styles).join(' ')}`.trim(),
    styleAttributes.length ? `style-src-attr 'unsafe-hashes' ${unique(styleAttributes).join(' ')}` : "style-src-attr 'none'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Puts the page's policy first in <head>, before anything it governs. */
export function withContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}">`;
  return html.replace(/<head([^>]*)>/, `<head$1>${meta}`);
}

/** Builds a content folder from the valid fixture with one broken case laid over it. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VALID_FIXTURE = 'tests/fixtures/valid';
export const FIXTURE_SOURCES = 'tests/fixtures/sources';

export function contentWithBrokenCase(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `content-${name}-`));
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  cpSync(join('tests/fixtures/broken', name), dir, { recursive: true });
  return dir;
}

/** Builds a content folder from the valid fixture with one broken case laid over it. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VALID_FIXTURE = 'tests/fixtures/valid';
export const FIXTURE_SOURCES = 'tests/fixtures/sources';

/** A fresh copy of the valid fixture in a temporary folder. */
export function copyOfValidFixture(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `content-${label}-`));
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  return dir;
}

export function contentWithBrokenCase(name: string): string {
  const dir = copyOfValidFixture(name);
  cpSync(join('tests/fixtures/broken', name), dir, { recursive: true });
  return dir;
}

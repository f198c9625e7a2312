/**
 * Quotations cannot go unverified in CI: without SOURCES_DIR, `check:quotes`
 * and the build fail when CI is set, and only print a notice on a
 * developer's machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SOURCES, VALID_FIXTURE } from '../support/fixtures.ts';

const withoutSources = () => {
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: VALID_FIXTURE };
  delete env.SOURCES_DIR;
  delete env.CI;
  return env;
};
const checkQuotes = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, ['scripts/check-quotes.ts'], { env, encoding: 'utf8' });

describe('check:quotes without the source texts', () => {
  it('fails in CI, saying nothing was verified and how to point at the sources', () => {
    const result = checkQuotes({ ...withoutSources(), CI: '1' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('SOURCES_DIR is not set: NO quotation, cited section or figure was verified (required in CI, where CI is set). Set SOURCES_DIR');
  });

  it('passes on a developer\'s machine with a notice', () => {
    const result = checkQuotes(withoutSources());
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('SOURCES_DIR is not set: NO quotation, cited section or figure was verified. Set SOURCES_DIR');
  });

  it('verifies every quotation when the sources are there', () => {
    const result = checkQuotes({ ...withoutSources(), CI: '1', SOURCES_DIR: FIXTURE_SOURCES });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('All 3 quotations were found verbatim');
  });

  it('stops `astro build` in CI before it builds anything', () => {
    const result = spawnSync('node_modules/.bin/astro', ['build', '--outDir', join(mkdtempSync(join(tmpdir(), 'never-built-')), 'dist')], { env: { ...withoutSources(), CI: '1' }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(`${result.stdout}${result.stderr}`).toContain('SOURCES_DIR is not set');
  });
});

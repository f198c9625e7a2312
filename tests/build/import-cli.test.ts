/**
 * `npm run import` refuses bad input with a message that says what to do,
 * and leaves the content folder exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALID_FIXTURE } from '../support/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'import-cli-'));
const content = join(work, 'content');
cpSync(VALID_FIXTURE, content, { recursive: true });
const snapshot = () => readdirSync(content, { recursive: true }).map(String).sort().map((f) => [f, (() => { try { return readFileSync(join(content, f), 'utf8'); } catch { return ''; } })()]);
const before = snapshot();

function importFile(name: string, body: string | Buffer, ...args: string[]) {
  const file = join(work, name);
  writeFileSync(file, body);
  return spawnSync(process.execPath, ['scripts/import.ts', file, ...args], { env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });
}
const GOOD = '# 1 Samordning\n\nFörsäkringskassan samordnar.\n';

describe('npm run import with bad input', () => {
  it.each([
    ['an empty file', 'tom.md', '', ['--document', 'doc-a', '--version', '5'], 'tom.md is empty'],
    ['a file with no headings', 'utan.md', 'Bara löptext.\n', ['--document', 'doc-a', '--version', '5'], 'utan.md has no headings, so it cannot be split into passages'],
    ['a file that is not UTF-8', 'latin1.txt', Buffer.from([0x31, 0x20, 0x4d, 0x61, 0x6c, 0x6d, 0xf6, 0x0a]), ['--document', 'doc-a', '--version', '5'], 'is not UTF-8 text: save it as UTF-8'],
    ['an unknown document', 'v.md', GOOD, ['--document', 'doc-x', '--version', '5'], 'unknown document "doc-x": use one of doc-a, doc-b'],
    ['a version already there', 'v.md', GOOD, ['--document', 'doc-a', '--version', '2'], 'Vägledning A already has version 2'],
    ['a version that is not a number', 'v.md', GOOD, ['--document', 'doc-a', '--version', 'tolv'], '--version "tolv" is not a version number'],
    ['a date that is not a date', 'v.md', GOOD, ['--document', 'doc-a', '--version', '5', '--decided', 'våren 2010'], '--decided "våren 2010" is not a date'],
  ])('stops on %s with a message and writes nothing', (_, name, body, args, message) => {
    const result = importFile(name, body, ...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Import stopped, nothing written:');
    expect(result.stderr).toContain(message);
    expect(snapshot()).toEqual(before);
  });

  it('with --dry-run prints the review and writes nothing', () => {
    const result = importFile('v.md', GOOD, '--document', 'doc-a', '--version', '5', '--dry-run');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('# Import: Vägledning A, version 5');
    expect(result.stdout).toContain('--dry-run: nothing written.');
    expect(snapshot()).toEqual(before);
  });
});

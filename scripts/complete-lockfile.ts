/**
 * `npm run complete-lockfile`, after any `npm install` that changes the lockfile.
 *
 * The registry this project is built against lacks some platform-specific
 * optional packages (other operating systems' builds of the Astro compiler,
 * Rollup and Pagefind). `npm install` then leaves them out of
 * package-lock.json, and `npm ci` refuses a lockfile that does not list every
 * optional dependency. Listing each missing one as an optional entry lets
 * `npm ci` proceed; on install npm skips optional packages it cannot fetch.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
const added: string[] = [];
for (const entry of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (!lock.packages[key]) {
      lock.packages[key] = { version, optional: true };
      added.push(`${name}@${version}`);
    }
  }
}
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `Listed ${added.length} missing optional packages: ${added.join(', ')}` : 'The lockfile already lists every optional package.');

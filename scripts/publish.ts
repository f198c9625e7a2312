/**
 * Atomic publishing of a built site, and the build lock.
 *
 * The output folder (dist/) is a symbolic link to one complete build in
 * `dist.builds/`. A new build is written to its own folder there, and the link
 * is replaced in one rename(2) of a new link over the old one: at every moment
 * dist/ is either the previous complete site or the new one. The first publish
 * over a plain dist/ folder moves that folder into dist.builds/ first; a build
 * killed between that move and the link's rename leaves `dist.link-new`, which
 * `recover` puts in place at the next start.
 */
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export const buildsDir = (outDir: string) => `${outDir}.builds`;
const newLink = (outDir: string) => `${outDir}.link-new`;
export const lockFile = (outDir: string) => `${outDir}.lock`;

export class PublishError extends Error {}

const exists = (path: string) => {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
};

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the build lock for `outDir` (a file holding the pid). A lock held by a
 * running process stops with a message; a lock left by a process that no
 * longer runs is taken over. Returns the function that releases it.
 */
export function acquireLock(outDir: string): () => void {
  const file = lockFile(outDir);
  mkdirSync(dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file, { force: true });
        } catch {
          /* already gone */
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
        throw new PublishError(
          `Another build (process ${pid}) is building into ${outDir}: wait for it to finish and run the build again. ` +
            `If no build is running, remove ${file}.`,
        );
      }
      console.warn(`Removing a stale build lock ${file} (process ${Number.isNaN(pid) ? '?' : pid} no longer runs).`);
      rmSync(file, { force: true });
    }
  }
  throw new PublishError(`Could not take the build lock ${file}: another build took it at the same moment; run the build again.`);
}

/** Completes a half-done publish and removes builds that are not served. Call with the lock held. */
export function recover(outDir: string): void {
  const link = newLink(outDir);
  if (!exists(outDir) && exists(link)) {
    renameSync(link, outDir);
    console.warn(`Recovered ${outDir} from an interrupted build: it serves the last complete build.`);
  }
  rmSync(link, { force: true });
  const builds = buildsDir(outDir);
  if (!existsSync(builds)) return;
  const served = exists(outDir) && lstatSync(outDir).isSymbolicLink() ? basename(readlinkSync(outDir)) : undefined;
  for (const name of readdirSync(builds)) if (name !== served) rmSync(join(builds, name), { recursive: true, force: true });
}

/** A fresh folder for a new build, in dist.builds/. */
export function newBuildDir(outDir: string): string {
  const dir = join(buildsDir(outDir), `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`);
  mkdirSync(buildsDir(outDir), { recursive: true });
  return dir;
}

/**
 * Makes `build` (a folder in dist.builds/) what `outDir` serves, atomically.
 * `fault` is for tests: it is called between the steps and may throw to stop there.
 */
export function publish(outDir: string, build: string, fault: (step: string) => void = () => {}): void {
  const link = newLink(outDir);
  rmSync(link, { force: true });
  // Relative target, so the project folder can be moved.
  symlinkSync(join(basename(buildsDir(outDir)), basename(build)), link);
  fault('linked');
  if (exists(outDir) && !lstatSync(outDir).isSymbolicLink()) {
    // A plain folder from before: keep it as a build until the link is in place.
    renameSync(outDir, join(buildsDir(outDir), `previous-${Date.now()}`));
    fault('moved-previous');
  }
  renameSync(link, outDir);
  fault('swapped');
  recover(outDir);
}

/** The folder `outDir` serves, resolved. */
export const servedBuild = (outDir: string) => resolve(dirname(outDir), readlinkSync(outDir));

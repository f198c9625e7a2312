/**
 * Runs a build command and measures its wall time and memory. Memory comes
 * from /proc, polled every 100 ms over the command's whole process tree
 * (the build spawns Astro, and Astro spawns Pagefind): the peak of the
 * tree's summed VmRSS as sampled, and the largest VmHWM (kernel-recorded
 * peak RSS) of any one process in it.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface BuildMeasurement {
  seconds: number;
  /** Peak of the summed resident memory of the build's process tree, sampled at 10 Hz. */
  peakTreeRssMB: number;
  /** The highest VmHWM of a single process in the tree (exact, but one process only). */
  peakProcessHwmMB: number;
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // the process ended between listing and reading
  }
}

function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent pid; the name in field 2 may hold spaces, so split after its ")".
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // gone already
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

export function measureBuild(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; log: string }): Promise<BuildMeasurement> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let peakTreeKb = 0;
  let peakProcessKb = 0;
  const poll = setInterval(() => {
    const tree = descendants(child.pid!);
    peakTreeKb = Math.max(peakTreeKb, tree.reduce((sum, pid) => sum + statusKb(pid, 'VmRSS'), 0));
    peakProcessKb = Math.max(peakProcessKb, ...tree.map((pid) => statusKb(pid, 'VmHWM')));
  }, 100);
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      clearInterval(poll);
      if (code !== 0) return reject(new Error(`${options.log} failed (exit ${code}):\n${output.slice(-3000)}`));
      resolve({
        seconds: (performance.now() - started) / 1000,
        peakTreeRssMB: Math.round(peakTreeKb / 1024),
        peakProcessHwmMB: Math.round(peakProcessKb / 1024),
      });
    });
  });
}

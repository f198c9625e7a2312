/**
 * Runs a build command and measures its wall time and memory. Memory comes
 * from /proc, polled every 100 ms over the command's whole process tree
 * (the build spawns Astro, and Astro spawns Pagefind): the peak of the
 * tree's summed VmRSS as sampled, and the largest VmHWM (kernel-recorded
 * peak RSS) of any one process in it. CPU time is the tree's user+system
 * time from /proc/<pid>/stat, which the other work on a shared machine
 * disturbs far less than wall time.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { BuildMeasurement } from './results.ts';


/** Linux's USER_HZ, the unit of the times in /proc/<pid>/stat. */
const CLOCK_TICKS = 100;

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // the process ended between listing and reading
  }
}

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces), so index 0 is field 3. */
function statFields(pid: number | string): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined; // gone already
  }
}

function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const parent = Number(statFields(name)?.[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

/** utime+stime of a process plus cutime+cstime of the children it has reaped: each tick counts once in the tree. */
function cpuTicks(pid: number): number {
  const fields = statFields(pid);
  return fields ? fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0) : 0;
}

export function measureBuild(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; log: string }): Promise<BuildMeasurement> {
  const started = performance.now();
  const loadAverage = loadavg()[0];
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let peakTreeKb = 0;
  let peakProcessKb = 0;
  let ticks = 0;
  const poll = setInterval(() => {
    const tree = descendants(child.pid!);
    peakTreeKb = Math.max(peakTreeKb, tree.reduce((sum, pid) => sum + statusKb(pid, 'VmRSS'), 0));
    peakProcessKb = Math.max(peakProcessKb, ...tree.map((pid) => statusKb(pid, 'VmHWM')));
    ticks = Math.max(ticks, tree.reduce((sum, pid) => sum + cpuTicks(pid), 0));
  }, 100);
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      clearInterval(poll);
      if (code !== 0) return reject(new Error(`${options.log} failed (exit ${code}):\n${output.slice(-3000)}`));
      resolve({
        seconds: (performance.now() - started) / 1000,
        peakTreeRssMB: Math.round(peakTreeKb / 1024),
        peakProcessHwmMB: Math.round(peakProcessKb / 1024),
        cpuSeconds: ticks / CLOCK_TICKS,
        loadAverage,
      });
    });
  });
}

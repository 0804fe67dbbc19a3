/**
 * Runs one command as a whole process and measures it: wall time, and peak resident memory of
 * its whole process tree (a build may spawn workers, `pagefind` runs a native binary under a
 * Node wrapper). Memory is read from /proc every POLL_MS. Two figures: the largest process (the
 * highest VmHWM, a process's own exact peak, of any one process in the tree, and GNU time's
 * maximum RSS where installed, which is also one process's), the measure of issue 18's table;
 * and the peak, the larger of that and the highest sum of VmRSS over the tree at one moment
 * (a build's worker threads share its process; Pagefind's processes do not). Output goes to a
 * log file, not to the screen.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

export interface Measured {
  command: string;
  wall_s: number;
  /** The whole tree's highest resident memory at one moment, or the largest process if larger (MiB). */
  peak_rss_mb: number;
  /** The largest resident memory any one process of the tree reached (MiB). */
  largest_process_mb: number;
  /** User + system CPU seconds of the process and its children (from /usr/bin/time), null without it. */
  cpu_s: number | null;
  code: number | null;
  log: string;
}

/** GNU time, when installed, adds the CPU time (less disturbed by other work on the machine than wall time). */
const GNU_TIME = '/usr/bin/time';

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Where the command's stdout and stderr go. */
  log: string;
}

const POLL_MS = 50;

export async function measure(command: string, args: string[], options: RunOptions): Promise<Measured> {
  const log = createWriteStream(options.log);
  await new Promise((resolve) => log.once('open', resolve));
  const timeFile = `${options.log}.time`;
  const timed = existsSync(GNU_TIME);
  const [cmd, argv] = timed ? [GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...args]] : [command, args];
  const started = process.hrtime.bigint();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', log, log] });
  let peakKb = 0;
  let largestKb = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    const tree = processTree(child.pid);
    let sum = 0;
    for (const pid of tree) {
      const status = readStatus(pid);
      if (!status) continue;
      sum += status.rssKb;
      largestKb = Math.max(largestKb, status.hwmKb);
    }
    peakKb = Math.max(peakKb, sum);
  };
  const timer = setInterval(sample, POLL_MS);
  sample();
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (c) => resolve(c));
  });
  clearInterval(timer);
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  await new Promise((resolve) => log.end(resolve));
  let cpu: number | null = null;
  if (timed && existsSync(timeFile)) {
    const [user, sys, maxKb] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
    if ([user, sys, maxKb].every(Number.isFinite)) {
      cpu = user + sys;
      largestKb = Math.max(largestKb, maxKb);
    }
    rmSync(timeFile);
  }
  peakKb = Math.max(peakKb, largestKb);
  return { command: [command, ...args].join(' '), wall_s: wall, peak_rss_mb: peakKb / 1024, largest_process_mb: largestKb / 1024, cpu_s: cpu, code, log: options.log };
}

/** The pid and all its descendants, from /proc/<pid>/stat. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const ppid = parentOf(Number(name));
    if (ppid === null) continue;
    const list = children.get(ppid) ?? [];
    list.push(Number(name));
    children.set(ppid, list);
  }
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return null;
  }
}

function readStatus(pid: number): { rssKb: number; hwmKb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
  } catch {
    return null;
  }
}

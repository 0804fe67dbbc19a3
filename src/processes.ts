/** Whether a process is still running, for locks and staging folders named by the pid that made them. */

/**
 * Takes a pid; gives true while a process of that pid exists (one of another user's counts:
 * signalling it is refused, not missing). Never throws.
 */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

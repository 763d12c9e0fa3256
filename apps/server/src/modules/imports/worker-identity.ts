// Which process reads or applies an import, so that a server restarted on the same machine can tell
// that the process which had the work is gone and take it up at once, not after the two-minute stall.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/** A new worker's identity: «host|pid|process start|worker» (a process may run several workers). */
export function newWorkerIdentity(): string {
  return [hostname(), process.pid, Math.round(performance.timeOrigin), randomUUID().slice(0, 8)].join('|');
}

/**
 * Whether the process named by `other` is known to be gone, as seen from `me`: on this machine, and
 * either this process's pid with another start (a restart that got the same pid, as a container's
 * pid 1 does) or a pid no process has. Another machine's process, or one that cannot be checked, is
 * not known to be gone (the stall check takes its work back).
 */
export function workerGone(other: string, me: string): boolean {
  const [host, pid, start] = other.split('|');
  const [myHost, myPid, myStart] = me.split('|');
  if (host !== myHost || !pid || !/^\d+$/.test(pid)) return false;
  if (pid === myPid) return start !== myStart;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

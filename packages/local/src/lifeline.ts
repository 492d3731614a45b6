import { readFileSync } from 'node:fs';

/**
 * `npm start` runs npm → sh → tsx → node. A signal sent to npm alone (a process manager's SIGTERM,
 * `kill <npm pid>`) kills npm and sh without reaching us, and DynamoDB Local would be orphaned
 * holding the port and the data dir. So we watch the processes that launched us and stop when one
 * of them is gone. Linux only (it reads /proc); elsewhere it watches nothing.
 */
export function watchLaunchers(
  onGone: () => void,
  opts: { levels?: number; intervalMs?: number } = {},
): () => void {
  const levels = opts.levels ?? 3;
  const launchers = ancestors(process.ppid, levels).join(',');
  if (launchers === '') return () => {};
  // When a process dies its children are re-parented at once, even before it is reaped, so a
  // changed chain is a sure sign (a zombie would still answer kill(pid, 0)).
  const timer = setInterval(() => {
    if (ancestors(process.ppid, levels).join(',') !== launchers) {
      clearInterval(timer);
      onGone();
    }
  }, opts.intervalMs ?? 1000);
  timer.unref();
  return () => clearInterval(timer);
}

/** `pid` and up to `levels - 1` of its ancestors, stopping before init. */
export function ancestors(pid: number, levels: number): number[] {
  const chain: number[] = [];
  let current: number | null = pid;
  while (current !== null && current > 1 && chain.length < levels) {
    chain.push(current);
    current = parentOf(current);
  }
  return chain;
}

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses; the fields after its last ')' are fixed.
    const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(after[1]);
    return Number.isInteger(ppid) ? ppid : null;
  } catch {
    return null;
  }
}

/**
 * Resident memory of a server process, from /proc (Linux). `VmHWM` is the peak RSS over the
 * process's life; writing 5 to `clear_refs` resets that peak to the current RSS, so a reset
 * before the load and a read after it gives the peak *under load*, start-up excluded.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** `kB` figure of one `/proc/<pid>/status` field, in bytes. */
export function statusBytes(status, field) {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status ?? '');
  return match ? Number(match[1]) * 1024 : undefined;
}

/**
 * The node process behind `pid`: `pid` itself when it runs node, else the first node process
 * below it (a shell or a package-manager wrapper would otherwise be measured instead).
 */
export function nodePid(pid) {
  const queue = [pid];
  while (queue.length) {
    const current = queue.shift();
    const comm = read(`/proc/${current}/comm`)?.trim();
    if (comm === 'node' || comm === 'MainThread') return current;
    const children = read(`/proc/${current}/task/${current}/children`)?.trim();
    if (children) queue.push(...children.split(/\s+/).map(Number));
  }
  return pid;
}

/** Resets the process's peak RSS to its current RSS. Returns whether the kernel allowed it. */
export function resetPeak(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Peak and current RSS in bytes, or undefined when /proc has no such process. */
export function memoryOf(pid) {
  const status = read(`/proc/${pid}/status`);
  if (!status) return undefined;
  return { peak: statusBytes(status, 'VmHWM'), current: statusBytes(status, 'VmRSS') };
}

/** What the numbers were measured on. */
import { readFileSync } from 'node:fs';
import os from 'node:os';

function cpuModel() {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match) return match[1].trim();
  } catch {
    // not Linux
  }
  return os.cpus()[0]?.model ?? 'unknown CPU';
}

export function machine() {
  return {
    cpus: os.availableParallelism(),
    model: cpuModel(),
    memoryBytes: os.totalmem(),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadBefore: os.loadavg(),
  };
}

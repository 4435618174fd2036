import { spawn } from 'node:child_process';

/** Runs a command with inherited output; rejects with a readable message when it fails. */
export function run(command, args, options = {}) {
  const label = options.label ?? [command, ...args].join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${label} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

export function step(title) {
  console.log(`\n\u001b[1m▶ ${title}\u001b[0m`);
}

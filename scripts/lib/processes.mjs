import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** Asks the kernel for a free loopback port. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts a long-running server process and resolves once `readyUrl` answers below 500 (or as
 * `isReady` says), polling every `pollMs`. Rejects with the process's own output if it exits
 * first or never becomes ready.
 *
 * @param {{ name: string, command: string, args: string[], cwd: string,
 *           env: NodeJS.ProcessEnv, readyUrl: string, readyHeaders?: Record<string, string>,
 *           isReady?: (status: number) => boolean, pollMs?: number, timeoutMs?: number,
 *           echo?: boolean }} spec
 * @returns {Promise<{ name: string, child: import('node:child_process').ChildProcess,
 *           output: () => string, stop: () => Promise<void>, startedInMs: number,
 *           exited: () => { code: number | null, signal: NodeJS.Signals | null } | null }>}
 */
export async function startServer(spec) {
  const isReady = spec.isReady ?? ((status) => status < 500);
  const started = performance.now();
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: spec.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const collect = (chunk) => {
    log += chunk.toString();
    if (log.length > 200_000) log = log.slice(-100_000);
    if (spec.echo) process.stdout.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited = null;
  const exit = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
  });

  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exit;
    clearTimeout(timer);
  };

  const deadline = started + (spec.timeoutMs ?? 120_000);
  while (performance.now() < deadline) {
    if (exited) {
      throw new Error(
        `${spec.name} exited (${exited.signal ?? `code ${exited.code}`}) before it was ready:\n${log.slice(-4000)}`,
      );
    }
    try {
      const response = await fetch(spec.readyUrl, {
        headers: spec.readyHeaders,
        signal: AbortSignal.timeout(5000),
      });
      await response.arrayBuffer();
      if (isReady(response.status)) {
        return {
          name: spec.name,
          child,
          output: () => log,
          stop,
          startedInMs: Math.round(performance.now() - started),
          exited: () => exited,
        };
      }
    } catch {
      // not listening yet
    }
    await sleep(spec.pollMs ?? 100);
  }
  await stop();
  throw new Error(
    `${spec.name} was not ready within ${spec.timeoutMs ?? 120_000} ms:\n${log.slice(-4000)}`,
  );
}

/** Runs a process to completion and returns its exit code and output. */
export function runToExit({ command, args, cwd, env, timeoutMs = 120_000 }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output });
    });
  });
}

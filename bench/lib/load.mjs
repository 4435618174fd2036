/**
 * HTTP load with autocannon, run in a forked process (load-worker.mjs), summarised to what the
 * report needs: throughput, latency percentiles and what came back.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const worker = path.join(path.dirname(fileURLToPath(import.meta.url)), 'load-worker.mjs');

/**
 * @typedef {object} LoadJob
 * @property {string} url
 * @property {number} connections
 * @property {number} [duration] seconds (ignored when `amount` is set)
 * @property {number} [amount] stop after this many responses
 * @property {number} [warmupSeconds] unmeasured load first
 * @property {string} [method]
 * @property {Record<string, string>} [headers]
 * @property {string} [body]
 * @property {string[]} [bodies] one per request, in order
 * @property {number} [timeoutSeconds]
 */

/**
 * @typedef {object} LoadSummary
 * @property {number} requests responses received
 * @property {number} seconds
 * @property {number} rps responses per second over the whole run
 * @property {number} p50 latency, ms
 * @property {number} p90
 * @property {number} p99
 * @property {number} max
 * @property {Record<string, number>} statusCodes
 * @property {number} errors connection errors, including timeouts
 * @property {number} timeouts
 * @property {number} fiveXx
 */

/** Reduces autocannon's result to a LoadSummary. Pure. */
export function summarize(result) {
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, stats.count]),
  );
  const requests = Object.values(statusCodes).reduce((sum, n) => sum + n, 0);
  const seconds = result.duration;
  return {
    requests,
    seconds: round(seconds, 2),
    rps: seconds > 0 ? round(requests / seconds, 1) : 0,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    statusCodes,
    errors: result.errors ?? 0,
    timeouts: result.timeouts ?? 0,
    fiveXx: result['5xx'] ?? 0,
  };
}

const round = (n, digits) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Runs one load job in a fresh process.
 * @param {LoadJob} job
 * @returns {Promise<LoadSummary>}
 */
export function runLoad(job) {
  return new Promise((resolve, reject) => {
    const child = fork(worker, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answered = false;
    child.once('message', (message) => {
      answered = true;
      if (message.ok) resolve(summarize(message.result));
      else reject(new Error(`autocannon failed on ${job.url}: ${message.error}`));
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (!answered) reject(new Error(`load worker exited (${signal ?? code}) on ${job.url}`));
    });
    child.send(job);
  });
}

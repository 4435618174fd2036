/**
 * Lighthouse 12 (the npm package's CLI, in its own process) driving Debian's Chromium, with the
 * default mobile preset: a mid-range phone on a throttled 4G connection, simulated.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_FLAGS, DEBIAN_CHROMIUM } from '../../scripts/lib/chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The four scores (0–100) and what cost points, from a Lighthouse result (LHR). Pure. */
export function scoresOf(lhr) {
  const score = (id) => {
    const value = lhr.categories?.[id]?.score;
    return typeof value === 'number' ? Math.round(value * 100) : null;
  };
  /** Audits below a full score that count towards a category. */
  const missed = (id) =>
    (lhr.categories?.[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && typeof audit.score === 'number' && audit.score < 1)
      .map((audit) => `${audit.id} (${Math.round(audit.score * 100)})`);
  const metric = (id) => lhr.audits?.[id]?.displayValue ?? null;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    metrics: {
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      speedIndex: metric('speed-index'),
    },
    missed: Object.fromEntries(CATEGORIES.map((id) => [id, missed(id)])),
    consoleErrors: (lhr.audits?.['errors-in-console']?.details?.items ?? []).map((item) =>
      String(item.description ?? '').slice(0, 160),
    ),
    runtimeError: lhr.runtimeError?.code ?? null,
  };
}

/**
 * One Lighthouse run against `url`.
 * @param {string} root the repository, whose node_modules holds lighthouse
 * @param {string} url
 * @param {{ chromePath?: string, timeoutMs?: number }} [options]
 */
export async function runLighthouse(root, url, options = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'assc-lighthouse-'));
  const out = path.join(dir, 'report.json');
  const chromePath = options.chromePath ?? process.env.CHROME_PATH ?? DEBIAN_CHROMIUM;
  try {
    const { code, output } = await new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          path.join(root, 'node_modules', 'lighthouse', 'cli', 'index.js'),
          url,
          '--quiet',
          '--output=json',
          `--output-path=${out}`,
          `--only-categories=${CATEGORIES.join(',')}`,
          `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
        ],
        {
          cwd: dir,
          env: { ...process.env, CHROME_PATH: chromePath },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let text = '';
      child.stdout.on('data', (c) => (text += c));
      child.stderr.on('data', (c) => (text += c));
      const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 180_000);
      child.on('error', reject);
      child.on('exit', (exitCode, signal) => {
        clearTimeout(timer);
        resolve({ code: signal ?? exitCode, output: text });
      });
    });
    if (code !== 0) throw new Error(`lighthouse exited (${code}): ${output.slice(-2000)}`);
    const scores = scoresOf(JSON.parse(readFileSync(out, 'utf8')));
    if (scores.runtimeError) throw new Error(`lighthouse: ${scores.runtimeError}`);
    return scores;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

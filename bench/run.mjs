/**
 * `pnpm bench`: builds what is stale, starts the CMS (demo data on a temporary SQLite database),
 * the built site twice (page cache on, and off) and a bare node:http baseline, loads them with
 * autocannon from a separate process, checks concurrent registration (again on PostgreSQL when
 * DATABASE_URL is set), weighs the pages, runs Lighthouse, stops everything, and writes
 * bench/results/latest.json and latest.md. See docs/performance.md.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../scripts/lib/run.mjs';
import { demoPages, loggedCmsRequest } from './lib/content.mjs';
import { runLighthouse } from './lib/lighthouse.mjs';
import { runLoad } from './lib/load.mjs';
import { machine } from './lib/machine.mjs';
import { memoryOf, nodePid, resetPeak } from './lib/memory.mjs';
import { parseOptions, USAGE } from './lib/options.mjs';
import { pageWeight } from './lib/page-weight.mjs';
import { measureRegistration } from './lib/registration.mjs';
import {
  createDatabase,
  freePort,
  runSecrets,
  siteEntry,
  startBaseline,
  startCms,
  startSite,
  stopAll,
  tempDir,
} from './lib/servers.mjs';
import { renderMarkdown } from './lib/table.mjs';
import { evaluateTargets } from './lib/targets.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, 'bench', 'results');
process.env.STRAPI_TELEMETRY_DISABLED = 'true';

let options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error(`${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const started = Date.now();
/** Progress goes to stderr, so stdout is the Markdown table alone. */
const progress = (text) => process.stderr.write(`\u001b[1m▶ ${text}\u001b[0m\n`);
const note = (text) => process.stderr.write(`  ${text}\n`);

const results = {
  version: 1,
  date: new Date().toISOString(),
  mode: options.smoke ? 'smoke' : 'full',
  settings: {
    duration: options.duration,
    connections: options.connections,
    warmupSeconds: options.warmupSeconds,
    submissions: options.submissions,
    seats: options.seats,
    siteEntry: siteEntry(root),
    databases: process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'],
  },
  machine: machine(),
  elapsedSeconds: 0,
  phaseSeconds: {},
  pages: {},
  baseline: null,
  throughput: [],
  cmsRequest: null,
  registration: [],
  startup: {},
  memory: {},
  pageWeight: [],
  lighthouse: [],
  targets: [],
  failures: [],
};

/** Broken machinery: makes the run exit non-zero. A missed target never does. */
const fail = (text) => {
  results.failures.push(text);
  process.stderr.write(`\u001b[31m  ✗ ${text}\u001b[0m\n`);
};

const cleanups = [];
async function cleanUp() {
  await stopAll();
  for (const dispose of cleanups.splice(0).reverse()) {
    await Promise.resolve()
      .then(dispose)
      .catch((error) => note(`clean-up: ${error.message}`));
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    process.stderr.write(`\n${signal}: stopping what the benchmark started\n`);
    void cleanUp().finally(() => process.exit(130));
  });
}

async function phase(name, fn) {
  const t0 = Date.now();
  progress(name);
  try {
    return await fn();
  } finally {
    results.phaseSeconds[name] = Math.round((Date.now() - t0) / 100) / 10;
  }
}

/** A GET without Accept-Encoding, as autocannon sends it: status and the bytes on the wire. */
function getRaw(url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

/** Flags what a healthy server never answers to these GETs. */
function checkLoad(label, load) {
  if (load.requests === 0) fail(`${label}: no responses at all`);
  if (load.fiveXx > 0) fail(`${label}: ${load.fiveXx} responses were 5xx`);
  const other = Object.keys(load.statusCodes).filter((c) => c !== '200' && !c.startsWith('5'));
  if (other.length) fail(`${label}: answered ${JSON.stringify(load.statusCodes)}`);
  if (load.errors > 0)
    note(`${label}: ${load.errors} connection errors (${load.timeouts} timeouts)`);
}

function checkAlive(servers) {
  for (const server of servers) {
    if (!server.alive()) {
      fail(`${server.name} died (${JSON.stringify(server.exited())})`);
      process.stderr.write(server.output().slice(-3000));
    }
  }
}

async function main() {
  if (options.build) {
    // buildAll, in a child whose output goes to stderr: stdout carries the table alone.
    await phase('Building what is stale', () =>
      run(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
        cwd: root,
        stdio: ['ignore', 2, 2],
        label: 'node scripts/build.mjs',
      }),
    );
  }

  const shared = runSecrets();
  const siteUrl = `http://127.0.0.1:${await freePort()}`;
  const { cms, site, cold } = await phase(
    'Starting the CMS (SQLite, demo data) and the site',
    async () => {
      const database = await createDatabase(root, 'sqlite');
      cleanups.push(database.dispose);
      const outbox = tempDir('assc-bench-outbox-');
      cleanups.push(() => rmSync(outbox, { recursive: true, force: true }));
      const cms = await startCms({ root, database, shared, siteUrl, outboxDir: outbox });
      note(`CMS ready in ${cms.readyMs} ms at ${cms.url}`);
      const site = await startSite({
        root,
        cmsUrl: cms.url,
        shared,
        port: Number(new URL(siteUrl).port),
        name: 'Site',
      });
      note(`site ready in ${site.readyMs} ms at ${site.url}`);
      const cold = await startSite({
        root,
        cmsUrl: cms.url,
        shared,
        name: 'Site (cache off)',
        env: { PAGE_CACHE: 'off', CACHE_TTL_SECONDS: '0' },
      });
      results.startup = { cmsMs: cms.readyMs, siteMs: site.readyMs, siteCacheOffMs: cold.readyMs };
      return { cms, site, cold };
    },
  );

  const pages = await demoPages(cms.url, shared.CMS_READ_TOKEN);
  results.pages = pages;
  for (const [name, pagePath] of Object.entries(pages)) {
    for (const server of [site, cold]) {
      const { status } = await getRaw(server.url + pagePath);
      if (status !== 200) {
        fail(`${server.name}: GET ${pagePath} answered ${status}`);
        process.stderr.write(`${server.output().slice(-1500)}\n`);
      }
    }
    note(`${name}: ${pagePath}`);
  }
  const report = await getRaw(site.url + pages.report);
  const slug = pages.report.split('/').pop();
  const cmsRequest = loggedCmsRequest(cms.output(), 'reports', slug);
  if (!cmsRequest) fail(`no GET /api/reports?…filters[slug][$eq]=${slug} in the CMS log`);
  results.cmsRequest = cmsRequest ?? null;
  const baseline = await startBaseline(root, report.body.length);

  const cmsPid = nodePid(cms.pid);
  const sitePid = nodePid(site.pid);
  const reset = resetPeak(cmsPid) && resetPeak(sitePid);
  results.memory.peakSince = reset
    ? 'since the loads began (reset through /proc/<pid>/clear_refs after start-up)'
    : 'since process start (the kernel refused a reset of the peak)';

  const load = (url, extra = {}) =>
    runLoad({
      url,
      connections: options.connections,
      duration: options.duration,
      warmupSeconds: options.warmupSeconds,
      ...extra,
    });

  await phase('Loads (autocannon, one at a time)', async () => {
    // The baseline runs twice, before and after the warm-cache loads, and ratios use the mean:
    // on a shared machine the ceiling itself drifts from one minute to the next.
    const runs = [
      ['baseline-1', 'Baseline (before)', baseline.url, '/'],
      ['home-warm', 'Home, warm cache', site.url, pages.home],
      ['reports-warm', 'Reports list, warm cache', site.url, pages.reports],
      ['report-warm', 'Report, warm cache', site.url, pages.report],
      // What a phone's browser asks for: the page cache answers with its stored Brotli body.
      // The target stays on the row above, which sends the baseline's bytes.
      [
        'report-warm-br',
        'Report, warm cache, as browsers ask (Accept-Encoding: gzip, deflate, br)',
        site.url,
        pages.report,
        { 'accept-encoding': 'gzip, deflate, br' },
      ],
      ['baseline-2', 'Baseline (after the warm-cache loads)', baseline.url, '/'],
      ['report-cold', 'Report, cache off', cold.url, pages.report],
    ];
    if (cmsRequest) {
      runs.push([
        'cms-report',
        'CMS REST call behind the report',
        cms.url,
        cmsRequest,
        { authorization: `Bearer ${shared.CMS_READ_TOKEN}` },
      ]);
    }
    const measured = [];
    for (const [id, label, origin, urlPath, headers] of runs) {
      const summary = await load(origin + urlPath, { headers });
      checkLoad(label, summary);
      measured.push({ id, label, path: urlPath, ...summary });
      note(`${label}: ${summary.rps} req/s, p50 ${summary.p50} ms, p99 ${summary.p99} ms`);
    }
    const baselines = measured.filter((row) => row.id.startsWith('baseline-'));
    const rps = baselines.reduce((sum, row) => sum + row.rps, 0) / baselines.length;
    results.baseline = {
      bytes: report.body.length,
      rps: Math.round(rps * 10) / 10,
      runs: baselines,
    };
    results.throughput = measured
      .filter((row) => !row.id.startsWith('baseline-'))
      .map((row) => ({ ...row, ratio: rps > 0 ? row.rps / rps : 0 }));
  });
  await baseline.stop();
  await cold.stop();

  const registrationRow = async (cmsServer, siteServer, label) => {
    const row = await measureRegistration({
      cmsUrl: cmsServer.url,
      siteUrl: siteServer.url,
      admin: { email: cmsServer.env.DEMO_ADMIN_EMAIL, password: cmsServer.env.DEMO_ADMIN_PASSWORD },
      registrationToken: shared.CMS_REGISTRATION_TOKEN,
      seats: options.seats,
      submissions: options.submissions,
      database: label,
    });
    if (row.load && results.baseline?.rps) row.ratio = row.load.rps / results.baseline.rps;
    if (row.status === 'failed') fail(`registration (${label}): ${row.reason}`);
    note(`registration (${label}): ${row.status}${row.reason ? ` (${row.reason})` : ''}`);
    results.registration.push(row);
  };

  await phase('Registration (SQLite)', () => registrationRow(cms, site, 'SQLite'));

  checkAlive([cms, site]);
  results.memory.site = memoryOf(sitePid);
  results.memory.cms = memoryOf(cmsPid);

  await phase('Page weight', async () => {
    for (const [name, pagePath] of Object.entries(pages)) {
      try {
        results.pageWeight.push({
          page: name,
          path: pagePath,
          ...(await pageWeight(site.url + pagePath)),
        });
      } catch (error) {
        fail(`page weight of ${pagePath}: ${error.message}`);
        results.pageWeight.push({ page: name, path: pagePath, error: error.message });
      }
    }
  });

  if (process.env.DATABASE_URL) {
    await phase('Registration (PostgreSQL, fresh schema)', async () => {
      const database = await createDatabase(root, 'postgres');
      cleanups.push(database.dispose);
      const outbox = tempDir('assc-bench-outbox-');
      cleanups.push(() => rmSync(outbox, { recursive: true, force: true }));
      const pgSiteUrl = `http://127.0.0.1:${await freePort()}`;
      const pgCms = await startCms({
        root,
        database,
        shared,
        siteUrl: pgSiteUrl,
        outboxDir: outbox,
      });
      results.startup.cmsPostgresMs = pgCms.readyMs;
      const pgSite = await startSite({
        root,
        cmsUrl: pgCms.url,
        shared,
        port: Number(new URL(pgSiteUrl).port),
        name: 'Site (PostgreSQL)',
      });
      await registrationRow(pgCms, pgSite, 'PostgreSQL');
      checkAlive([pgCms, pgSite]);
      await pgSite.stop();
      await pgCms.stop();
    });
  }

  if (options.lighthousePages.length) {
    await phase('Lighthouse (one page at a time)', async () => {
      for (const name of options.lighthousePages) {
        const url = site.url + pages[name];
        let outcome;
        for (let attempt = 1; attempt <= 2 && (!outcome || outcome.error); attempt++) {
          try {
            outcome = await runLighthouse(root, url);
          } catch (error) {
            outcome = { error: error.message.split('\n')[0].slice(0, 200) };
            note(`Lighthouse on ${pages[name]}, attempt ${attempt}: ${outcome.error}`);
          }
        }
        if (outcome.error) fail(`Lighthouse on ${pages[name]}: ${outcome.error}`);
        results.lighthouse.push({ page: name, path: pages[name], ...outcome });
        if (!outcome.error) {
          note(
            `${name}: ${outcome.performance} / ${outcome.accessibility} / ${outcome.bestPractices} / ${outcome.seo}`,
          );
        }
      }
    });
  }
  checkAlive([cms, site]);
}

let crashed = false;
try {
  await main();
} catch (error) {
  crashed = true;
  fail(`crashed: ${error instanceof Error ? error.message : error}`);
  if (error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
} finally {
  await cleanUp();
}

results.elapsedSeconds = Math.round((Date.now() - started) / 100) / 10;
results.machine.loadAfter = os.loadavg();
results.targets = evaluateTargets(results);
const markdown = renderMarkdown(results);
mkdirSync(resultsDir, { recursive: true });
writeFileSync(path.join(resultsDir, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
writeFileSync(path.join(resultsDir, 'latest.md'), markdown);
if (options.writeDocs && !crashed) writeDocs(markdown);
process.stdout.write(`\n${markdown}`);
process.exit(results.failures.length ? 1 : 0);

/** Replaces the results block of docs/performance.md with this run's table. */
function writeDocs(text) {
  const file = path.join(root, 'docs', 'performance.md');
  const start = '<!-- bench:results:start -->';
  const end = '<!-- bench:results:end -->';
  const doc = readFileSync(file, 'utf8');
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) {
    note(`docs/performance.md has no ${start} … ${end} block; left as it is`);
    return;
  }
  writeFileSync(file, `${doc.slice(0, from + start.length)}\n\n${text}\n${doc.slice(to)}`);
  note('docs/performance.md updated');
}

/**
 * The performance targets of issue 5, and whether a run met them. Missing a target is reported,
 * never an error: only broken machinery fails the run (see run.mjs).
 */

export const KB = 1024;
export const MB = 1024 * 1024;

export const TARGETS = {
  reportRatio: 0.5,
  reportP99Ms: 25,
  pageJsBytes: 35 * KB,
  pageTotalBytes: 60 * KB,
  lighthousePerformance: 95,
  lighthouseOther: 100,
  cmsReadyMs: 10_000,
  siteReadyMs: 1_000,
  siteRssBytes: 150 * MB,
  registrationP99Ms: 500,
};

/**
 * @typedef {object} TargetResult
 * @property {string} id
 * @property {string} label
 * @property {string} target
 * @property {string} value
 * @property {boolean | null} pass null when it could not be measured
 */

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/**
 * Every target against a run's results. Pure.
 * @returns {TargetResult[]}
 */
export function evaluateTargets(results) {
  const t = TARGETS;
  /** @type {TargetResult[]} */
  const out = [];

  const report = results.throughput?.find((row) => row.id === 'report-warm');
  if (report) {
    out.push({
      id: 'report-warm',
      label: 'Report page, warm cache',
      target: `≥ ${t.reportRatio * 100} % of baseline req/s, p99 < ${t.reportP99Ms} ms`,
      value: `${Math.round(report.ratio * 100)} %, p99 ${report.p99} ms`,
      pass: report.ratio >= t.reportRatio && report.p99 < t.reportP99Ms,
    });
  }

  for (const page of results.pageWeight ?? []) {
    out.push({
      id: `weight-${page.page}`,
      label: `Page weight: ${page.page}`,
      target: `JS ≤ ${kb(t.pageJsBytes)}, total ≤ ${kb(t.pageTotalBytes)} (gzip)`,
      value: page.error ? page.error : `JS ${kb(page.js)}, total ${kb(page.total)}`,
      pass: page.error ? null : page.js <= t.pageJsBytes && page.total <= t.pageTotalBytes,
    });
  }

  for (const run of results.lighthouse ?? []) {
    const other = [run.accessibility, run.bestPractices, run.seo];
    out.push({
      id: `lighthouse-${run.page}`,
      label: `Lighthouse: ${run.page}`,
      target: `performance ≥ ${t.lighthousePerformance}, others ${t.lighthouseOther}`,
      value: run.error
        ? run.error
        : `${run.performance} / ${run.accessibility} / ${run.bestPractices} / ${run.seo}`,
      pass: run.error
        ? null
        : run.performance >= t.lighthousePerformance &&
          other.every((score) => score >= t.lighthouseOther),
    });
  }

  const startup = results.startup ?? {};
  if (startup.cmsMs !== undefined) {
    out.push({
      id: 'cms-ready',
      label: 'CMS start-up (spawn → first 200)',
      target: `< ${t.cmsReadyMs / 1000} s`,
      value: `${(startup.cmsMs / 1000).toFixed(1)} s`,
      pass: startup.cmsMs < t.cmsReadyMs,
    });
  }
  if (startup.siteMs !== undefined) {
    out.push({
      id: 'site-ready',
      label: 'Site start-up (spawn → first 200)',
      target: `< ${t.siteReadyMs / 1000} s`,
      value: `${(startup.siteMs / 1000).toFixed(2)} s`,
      pass: startup.siteMs < t.siteReadyMs,
    });
  }

  const site = results.memory?.site;
  if (site?.peak !== undefined) {
    out.push({
      id: 'site-rss',
      label: 'Site peak RSS under load',
      target: `< ${t.siteRssBytes / MB} MB`,
      value: `${Math.round(site.peak / MB)} MB`,
      pass: site.peak < t.siteRssBytes,
    });
  }

  for (const row of results.registration ?? []) {
    const measured = row.load && row.status !== 'unavailable';
    out.push({
      id: `registration-${row.database}`,
      label: `Registration (${row.database})`,
      target: `no overbooking, no 5xx, p99 < ${t.registrationP99Ms} ms`,
      value: measured
        ? `${row.confirmed ?? '?'} confirmed / ${row.seats} seats, ${row.load.fiveXx} × 5xx, p99 ${row.load.p99} ms`
        : `${row.status}: ${row.reason}`,
      pass: measured
        ? row.overbooked === false &&
          row.load.fiveXx === 0 &&
          row.load.p99 < t.registrationP99Ms &&
          row.status === 'ok'
        : null,
    });
  }
  return out;
}

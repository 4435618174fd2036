/**
 * The results as Markdown: what `pnpm bench` prints and writes to bench/results/latest.md, and
 * what docs/performance.md quotes. Pure: everything comes from the results object.
 */
import { KB, MB } from './targets.mjs';

const int = (n) => (n === null || n === undefined ? '–' : Math.round(n).toLocaleString('en-US'));
const kb = (bytes) => `${(bytes / KB).toFixed(1)}`;
const ratio = (r) => (r === undefined || r === null ? '–' : r.toFixed(r < 0.1 ? 3 : 2));
/** autocannon counts latency in whole milliseconds. */
const ms = (n) => (n === 0 ? '< 1' : int(n));
const mark = (pass) => (pass === true ? '✓' : pass === false ? '✗' : '–');
const code = (text) => `\`${text}\``;

function table(head, rows, align) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(align.map((a) => (a === 'r' ? '---:' : ':---'))), ...rows.map(line)];
}

function statuses(codes) {
  const entries = Object.entries(codes ?? {});
  return entries.length ? entries.map(([c, n]) => `${c} × ${n}`).join(', ') : '–';
}

/** The whole report. */
export function renderMarkdown(results) {
  const targets = new Map((results.targets ?? []).map((t) => [t.id, t]));
  const s = results.settings;
  const m = results.machine;
  const out = [];

  out.push(
    `Run ${results.date.replace('T', ' ').slice(0, 16)} UTC, ${results.mode} run ` +
      `(${s.duration} s per load, ${s.connections} connections, ${s.warmupSeconds} s warm-up), ` +
      `${Math.round(results.elapsedSeconds)} s in all. Machine: ${m.cpus} × ${m.model}, ` +
      `${Math.round(m.memoryBytes / MB).toLocaleString('en-US')} MB RAM, Node ${m.node}; ` +
      `load average (1/5/15 min) ${m.loadBefore.map((l) => l.toFixed(1)).join(' / ')} before the run` +
      (m.loadAfter ? `, ${m.loadAfter.map((l) => l.toFixed(1)).join(' / ')} after. ` : '. ') +
      `Site: ${code(`node web/${s.siteEntry}`)}.`,
    '',
  );

  // Throughput
  const rows = [];
  const b = results.baseline;
  for (const run of b?.runs ?? []) {
    rows.push([
      `${run.label}: bare node:http, ${kb(b.bytes)} KB of HTML from memory`,
      code('/'),
      int(run.rps),
      ratio(b.rps > 0 ? run.rps / b.rps : undefined),
      ms(run.p50),
      ms(run.p99),
      '',
      '',
    ]);
  }
  for (const row of results.throughput ?? []) {
    const target = targets.get(row.id);
    rows.push([
      row.label,
      code(row.path.length > 48 ? `${row.path.slice(0, 45)}…` : row.path),
      int(row.rps),
      ratio(row.ratio),
      ms(row.p50),
      ms(row.p99),
      target?.target ?? '',
      target ? mark(target.pass) : '',
    ]);
  }
  out.push(
    '### Throughput and latency',
    '',
    ...table(
      ['Measurement', 'URL', 'req/s', '× baseline', 'p50 ms', 'p99 ms', 'Target', ''],
      rows,
      ['l', 'l', 'r', 'r', 'r', 'r', 'l', 'l'],
    ),
    '',
  );
  if (b) {
    out.push(
      `Ratios are against the mean of the two baseline runs (${int(b.rps)} req/s). ` +
        'Requests carry no Accept-Encoding, except in the row marked “as browsers ask”, so elsewhere the site sends the same uncompressed bytes as the baseline.',
      '',
    );
  }
  if (results.cmsRequest)
    out.push(`CMS request behind the report page: ${code(results.cmsRequest)}`, '');

  // Registration
  if (results.registration?.length) {
    const first = results.registration[0];
    out.push(
      `### Registration: ${first.submissions} simultaneous submissions for ${first.seats} seats`,
      '',
    );
    const regRows = results.registration.map((row) => {
      const target = targets.get(`registration-${row.database}`);
      if (!row.load) {
        return [row.database, `${row.status} (${row.reason})`, '', '', '', '', '', '', '', ''];
      }
      return [
        row.database,
        int(row.load.rps),
        ratio(row.ratio),
        ms(row.load.p50),
        ms(row.load.p99),
        statuses(row.load.statusCodes),
        `${row.confirmed ?? '?'} / ${row.seats}`,
        String(row.waitlisted ?? '?'),
        target?.target ?? '',
        `${mark(target?.pass)}${row.reason ? ` ${row.reason}` : ''}`,
      ];
    });
    out.push(
      ...table(
        [
          'Database',
          'req/s',
          '× baseline',
          'p50 ms',
          'p99 ms',
          'Statuses',
          'Confirmed',
          'Waitlisted',
          'Target',
          '',
        ],
        regRows,
        ['l', 'r', 'r', 'r', 'r', 'l', 'r', 'r', 'l', 'l'],
      ),
      '',
    );
  }

  // Start-up and memory
  const sm = [];
  const st = results.startup ?? {};
  const row = (label, value, id) => {
    const target = targets.get(id);
    sm.push([label, value, target?.target ?? '', target ? mark(target.pass) : '']);
  };
  if (st.cmsMs !== undefined)
    row('CMS (SQLite): spawn → first 200', `${(st.cmsMs / 1000).toFixed(1)} s`, 'cms-ready');
  if (st.cmsPostgresMs !== undefined)
    row('CMS (PostgreSQL): spawn → first 200', `${(st.cmsPostgresMs / 1000).toFixed(1)} s`, '');
  if (st.siteMs !== undefined)
    row('Site: spawn → first 200 on /ja', `${(st.siteMs / 1000).toFixed(2)} s`, 'site-ready');
  const mem = results.memory ?? {};
  const mb = (bytes) => (bytes === undefined ? '–' : `${Math.round(bytes / MB)} MB`);
  if (mem.site) row('Site: peak RSS under load', mb(mem.site.peak), 'site-rss');
  if (mem.cms) row('CMS: peak RSS under load', mb(mem.cms.peak), '');
  if (sm.length) {
    out.push(
      '### Start-up and memory',
      '',
      ...table(['What', 'Value', 'Target', ''], sm, ['l', 'r', 'l', 'l']),
      '',
    );
    if (mem.peakSince) out.push(`Peak RSS is \`VmHWM\` ${mem.peakSince}.`, '');
  }

  // Page weight
  if (results.pageWeight?.length) {
    const pw = results.pageWeight.map((p) => {
      const target = targets.get(`weight-${p.page}`);
      if (p.error) return [p.page, code(p.path), p.error, '', '', '', '', '', ''];
      return [
        p.page,
        code(p.path),
        kb(p.html),
        kb(p.css),
        kb(p.js),
        kb(p.total),
        String(p.files),
        target?.target ?? '',
        mark(target?.pass),
      ];
    });
    out.push(
      '### Page weight (gzip, KB = 1024 bytes, images excluded)',
      '',
      ...table(['Page', 'URL', 'HTML', 'CSS', 'JS', 'Total', 'Files', 'Target', ''], pw, [
        'l',
        'l',
        'r',
        'r',
        'r',
        'r',
        'r',
        'l',
        'l',
      ]),
      '',
    );
  }

  // Lighthouse
  if (results.lighthouse?.length) {
    const lh = results.lighthouse.map((r) => {
      const target = targets.get(`lighthouse-${r.page}`);
      if (r.error) return [r.page, code(r.path), r.error, '', '', '', '', '', ''];
      const mt = r.metrics ?? {};
      return [
        r.page,
        code(r.path),
        String(r.performance),
        String(r.accessibility),
        String(r.bestPractices),
        String(r.seo),
        [mt.fcp, mt.lcp, mt.tbt, mt.cls].map((v) => v ?? '–').join(' / '),
        target?.target ?? '',
        mark(target?.pass),
      ];
    });
    out.push(
      '### Lighthouse 12, mobile preset (simulated slow 4G, mid-range phone)',
      '',
      ...table(
        [
          'Page',
          'URL',
          'Performance',
          'Accessibility',
          'Best practices',
          'SEO',
          'FCP / LCP / TBT / CLS',
          'Target',
          '',
        ],
        lh,
        ['l', 'l', 'r', 'r', 'r', 'r', 'l', 'l', 'l'],
      ),
      '',
    );
    const missed = results.lighthouse.flatMap((r) =>
      Object.entries(r.missed ?? {})
        .filter(([, audits]) => audits.length)
        .map(([category, audits]) => `- ${r.page}, ${category}: ${audits.join(', ')}`),
    );
    const errors = [
      ...new Set(results.lighthouse.flatMap((r) => (r.consoleErrors ?? []).map((e) => `- ${e}`))),
    ];
    if (missed.length) out.push('Audits below full score:', '', ...missed, '');
    if (errors.length) out.push('Console errors:', '', ...errors, '');
  }

  // Summary
  const all = results.targets ?? [];
  const measured = all.filter((t) => t.pass !== null);
  const met = measured.filter((t) => t.pass === true).length;
  const missedTargets = measured.filter((t) => t.pass === false);
  const unmeasured = all.length - measured.length;
  out.push(
    `**Targets: ${met} of ${measured.length} measured met**` +
      (unmeasured ? ` (${unmeasured} not measured)` : '') +
      (missedTargets.length
        ? `; missed: ${missedTargets.map((t) => `${t.label} (${t.value}; target ${t.target})`).join('; ')}.`
        : '.'),
    '',
  );
  out.push(
    results.failures?.length
      ? `**Machinery failures:** ${results.failures.join('; ')}`
      : 'Machinery checks: no crash, no 5xx, no overbooking.',
  );
  return out.join('\n') + '\n';
}

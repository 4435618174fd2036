/** Command-line options of `pnpm bench`. */
import { parseArgs } from 'node:util';

export const USAGE = `Usage: pnpm bench [options]

  --smoke               a quick run for npm test: 2 s loads, 20 connections, 40 registrations
                        for 10 seats, Lighthouse on the report page only
  --duration <s>        seconds per load (default 10; 2 with --smoke)
  --connections <n>     concurrent connections per load (default 50; 20 with --smoke)
  --submissions <n>     simultaneous registrations (default 200; 40 with --smoke)
  --seats <n>           seats of the registration venue (default 50; 10 with --smoke)
  --skip-build          do not build what is stale first
  --skip-lighthouse     leave Lighthouse out
  --write-docs          also put the results table into docs/performance.md
  --help                this text

Writes bench/results/latest.json and latest.md and prints the table. Exits non-zero only when
the machinery breaks (a crash, a 5xx, overbooking), never for a missed target.`;

const positive = (value, name) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} needs a positive number`);
  return n;
};

export function parseOptions(args) {
  const { values } = parseArgs({
    args,
    options: {
      smoke: { type: 'boolean', default: false },
      duration: { type: 'string' },
      connections: { type: 'string' },
      submissions: { type: 'string' },
      seats: { type: 'string' },
      'skip-build': { type: 'boolean', default: false },
      'skip-lighthouse': { type: 'boolean', default: false },
      'write-docs': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const smoke = values.smoke;
  const duration = values.duration ? positive(values.duration, 'duration') : smoke ? 2 : 10;
  return {
    help: values.help,
    smoke,
    duration,
    warmupSeconds: smoke ? 0.5 : 2,
    connections: values.connections
      ? Math.round(positive(values.connections, 'connections'))
      : smoke
        ? 20
        : 50,
    submissions: values.submissions
      ? Math.round(positive(values.submissions, 'submissions'))
      : smoke
        ? 40
        : 200,
    seats: values.seats ? Math.round(positive(values.seats, 'seats')) : smoke ? 10 : 50,
    lighthousePages: values['skip-lighthouse']
      ? []
      : smoke
        ? ['report']
        : ['home', 'report', 'session'],
    build: !values['skip-build'],
    writeDocs: values['write-docs'],
  };
}

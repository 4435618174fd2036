/**
 * The baseline: a bare `node:http` server in its own process, answering every request with an
 * HTML body of `BODY_BYTES` bytes held in memory. Nothing a real site does (routing, rendering,
 * cache lookups, security headers) happens here, so its throughput is the ceiling for a Node
 * server on this machine, and each site figure is reported as a fraction of it.
 */
import http from 'node:http';

const bytes = Number(process.env.BODY_BYTES ?? 16_384);
const port = Number(process.env.PORT ?? 0);

/** Exactly `size` bytes of well-formed HTML. */
function htmlOfSize(size) {
  const head = '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>b</title>';
  const open = `${head}</head><body><p>`;
  const close = '</p></body></html>';
  const filler = Math.max(0, size - open.length - close.length);
  return Buffer.from(open + 'x'.repeat(filler) + close);
}

const body = htmlOfSize(bytes);
const server = http.createServer((_req, res) => {
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': body.length,
    'cache-control': 'public, max-age=60',
  });
  res.end(body);
});
server.listen(port, '127.0.0.1', () => console.log(`baseline on ${port}, ${body.length} bytes`));

const stop = () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

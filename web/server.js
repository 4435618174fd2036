// The site's production server: adapter-node's handler behind a fast path for the full-page
// cache. A cached page is answered here, precompressed, without building a Request for
// SvelteKit; everything else goes to SvelteKit, which fills the cache.
import http from 'node:http';
import process from 'node:process';

// Without ORIGIN, adapter-node takes every request to be https, which fails SvelteKit's CSRF
// check for a form posted to a plain-http demo. Telling it the real protocol of each
// connection keeps the check on and lets the demo work at localhost and at 127.0.0.1 alike.
// Behind a proxy, set ORIGIN (or PROTOCOL_HEADER and HOST_HEADER) and this stays out of it.
const reportsOwnProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (reportsOwnProtocol) process.env.PROTOCOL_HEADER = 'x-assc-protocol';

const { handler } = await import('./build/handler.js');
const { existingPageCache, pageCacheKey, sendPage } = await import('@assc/page-cache');

const server = http.createServer((req, res) => {
  const key = pageCacheKey(req.method, req.url);
  const page = key ? existingPageCache()?.lookup(key) : undefined;
  if (page) {
    sendPage(req, res, page);
    return;
  }
  if (reportsOwnProtocol) {
    req.headers['x-assc-protocol'] = 'encrypted' in req.socket ? 'https' : 'http';
  }
  handler(req, res);
});

const host = process.env.HOST ?? '0.0.0.0';
const port = Number(process.env.PORT ?? 3000);
server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

function shutdown() {
  server.close(() => process.exit(0));
  // Idle keep-alive sockets would hold the close open.
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

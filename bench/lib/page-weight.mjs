/**
 * What a reader downloads for a page, images excluded: the HTML, the stylesheets, and every
 * JavaScript module the page loads, each gzipped here (node:zlib, default level) so the figure
 * does not depend on how the server happens to compress.
 *
 * The assets are what the HTML names (`<script src>`, `<link rel="stylesheet">`,
 * `<link rel="modulepreload">`), what the `Link` header preloads, and, because SvelteKit starts
 * a page from an inline `import(…)` and sends its module preloads only as a `Link` header (which
 * a cached page may not carry), the modules those imports pull in: static imports, followed
 * recursively, and the page's own route nodes (`node_ids` in the inline start-up script).
 */
import { gzipSync } from 'node:zlib';

/** Attribute value from one tag's source text. */
function attribute(tag, name) {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/**
 * The scripts and styles an HTML page names: `<script src>`, `<link rel="stylesheet">`,
 * `<link rel="modulepreload">`, and `import("…")` in inline scripts. Pure.
 *
 * @returns {{ url: string, kind: 'js' | 'css' }[]}
 */
export function assetsIn(html, pageUrl) {
  const found = new Map();
  const add = (href, kind) => {
    if (!href) return;
    const url = new URL(href.replaceAll('&amp;', '&'), pageUrl).href;
    if (!found.has(url)) found.set(url, kind);
  };
  for (const [script, tag, body] of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)) {
    void script;
    const src = attribute(tag, 'src');
    if (src) add(src, 'js');
    else
      for (const [, specifier] of body.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g))
        add(specifier, 'js');
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('stylesheet')) add(attribute(tag, 'href'), 'css');
    else if (rel.includes('modulepreload')) add(attribute(tag, 'href'), 'js');
  }
  return [...found].map(([url, kind]) => ({ url, kind }));
}

/** Preloaded scripts and styles in a `Link` header. Pure. */
export function assetsInLinkHeader(header, pageUrl) {
  if (!header) return [];
  const assets = [];
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /<([^>]+)>(.*)/.exec(part.trim());
    if (!match) continue;
    const params = match[2].toLowerCase();
    const rel = /rel="?([^";]+)"?/.exec(params)?.[1].split(/\s+/) ?? [];
    const as = /as="?([^";]+)"?/.exec(params)?.[1];
    const kind =
      rel.includes('modulepreload') || as === 'script' ? 'js' : as === 'style' ? 'css' : undefined;
    if (kind && (rel.includes('modulepreload') || rel.includes('preload'))) {
      assets.push({ url: new URL(match[1], pageUrl).href, kind });
    }
  }
  return assets;
}

/** Modules a JavaScript module imports statically (`import … from`, `import "…"`, `export … from`). Pure. */
export function staticImports(code, moduleUrl) {
  const specifiers = new Set();
  const pattern = /\b(?:import|export)\s*(?:[\w*${}\s,]*?\s*from\s*)?["']([^"']+)["']/g;
  for (const [, specifier] of code.matchAll(pattern)) {
    if (specifier.startsWith('.') || specifier.startsWith('/')) {
      specifiers.add(new URL(specifier, moduleUrl).href);
    }
  }
  return [...specifiers];
}

/** SvelteKit's route nodes the page starts with: `node_ids: [0, 2, 5]` in its inline script. Pure. */
export function startNodeIds(html) {
  const match = /node_ids:\s*\[([\d,\s]*)\]/.exec(html);
  return match
    ? match[1]
        .split(',')
        .map((id) => Number(id.trim()))
        .filter(Number.isInteger)
    : [];
}

async function get(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  return { body, link: response.headers.get('link') };
}

/**
 * Gzipped bytes of one page: HTML, CSS, JS and their total, plus how many files that is.
 * @param {string} url
 */
export async function pageWeight(url) {
  const page = await get(url);
  const html = page.body.toString('utf8');
  const nodes = new Set(startNodeIds(html));
  const queue = [...assetsIn(html, url), ...assetsInLinkHeader(page.link, url)];
  const seen = new Map();
  while (queue.length) {
    const asset = queue.shift();
    if (seen.has(asset.url)) continue;
    const { body } = await get(asset.url);
    seen.set(asset.url, { kind: asset.kind, gzip: gzipSync(body).length });
    if (asset.kind !== 'js') continue;
    const code = body.toString('utf8');
    for (const dependency of staticImports(code, asset.url))
      queue.push({ url: dependency, kind: 'js' });
    for (const [, specifier, id] of code.matchAll(/["']([^"']*\/nodes\/(\d+)\.[\w-]+\.js)["']/g)) {
      if (nodes.has(Number(id)))
        queue.push({ url: new URL(specifier, asset.url).href, kind: 'js' });
    }
  }
  const weight = {
    html: gzipSync(page.body).length,
    css: 0,
    js: 0,
    total: 0,
    files: 1 + seen.size,
  };
  for (const { kind, gzip } of seen.values()) weight[kind] += gzip;
  weight.total = weight.html + weight.css + weight.js;
  return weight;
}

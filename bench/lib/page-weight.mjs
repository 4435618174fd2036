/**
 * What a reader downloads for a page, images excluded: the HTML and every script, stylesheet
 * and module preload it names, each gzipped here (node:zlib, default level) so the figure does
 * not depend on how the server happens to compress.
 */
import { gzipSync } from 'node:zlib';

/** Attribute value from one tag's source text. */
function attribute(tag, name) {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/**
 * The scripts and styles an HTML page loads: `<script src>`, `<link rel="stylesheet">` and
 * `<link rel="modulepreload">`, resolved against `pageUrl`, each once. Pure.
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
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) add(attribute(tag, 'src'), 'js');
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('stylesheet')) add(attribute(tag, 'href'), 'css');
    else if (rel.includes('modulepreload')) add(attribute(tag, 'href'), 'js');
  }
  return [...found].map(([url, kind]) => ({ url, kind }));
}

async function body(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  const bytes = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  return bytes;
}

/**
 * Gzipped bytes of one page: HTML, CSS, JS and their total, plus how many files that is.
 * @param {string} url
 */
export async function pageWeight(url) {
  const html = await body(url);
  const assets = assetsIn(html.toString('utf8'), url);
  const weight = { html: gzipSync(html).length, css: 0, js: 0, total: 0, files: 1 + assets.length };
  for (const asset of assets) weight[asset.kind] += gzipSync(await body(asset.url)).length;
  weight.total = weight.html + weight.css + weight.js;
  return weight;
}

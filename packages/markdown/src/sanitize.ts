import sanitize from 'sanitize-html';
import type { Attributes, IOptions, Transformer } from 'sanitize-html';
import { NON_TEXT_TAGS } from './non-text-tags.js';
import type { RenderOptions } from './options.js';

/**
 * Prefix for every heading id. A bare id such as `location`, `config` or
 * `__sveltekit_x` becomes a named property on `window` (DOM clobbering); with
 * a fixed prefix no editor-chosen text can shadow a global.
 */
export const HEADING_ID_PREFIX = 'h-';

export const ALLOWED_TAGS: readonly string[] = [
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'a',
  'img',
  'br',
  'hr',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'em',
  'strong',
  'del',
  'sup',
  'sub',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'details',
  'summary',
];

export const ALLOWED_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];
const IMAGE_SCHEMES = ['http', 'https'];

const EXTERNAL_REL = 'noopener noreferrer';
const CELL_ALIGNMENTS = new Set(['left', 'center', 'right']);

function headingTransform(tagName: string, attribs: Attributes): ReturnType<Transformer> {
  const out: Attributes = {};
  const id = attribs.id?.trim();
  if (id) out.id = id.startsWith(HEADING_ID_PREFIX) ? id : HEADING_ID_PREFIX + id;
  // The page owns the single h1.
  return { tagName: tagName === 'h1' ? 'h2' : tagName, attribs: out };
}

function imgTransform(tagName: string, attribs: Attributes): ReturnType<Transformer> {
  return { tagName, attribs: { ...attribs, loading: 'lazy', decoding: 'async' } };
}

/** sanitize-html's `values` filter would leave an empty `align`; drop it instead. */
function cellTransform(tagName: string, attribs: Attributes): ReturnType<Transformer> {
  const { align, ...rest } = attribs;
  const normalised = align?.trim().toLowerCase();
  return {
    tagName,
    attribs: normalised && CELL_ALIGNMENTS.has(normalised) ? { ...rest, align: normalised } : rest,
  };
}

function renameTo(name: string): Transformer {
  return (_tagName, attribs) => ({ tagName: name, attribs });
}

/** Base URL used only to tell relative hrefs apart from absolute ones. */
const RELATIVE_BASE = 'https://relative.invalid/';
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function isExternalHref(href: string, siteHosts: ReadonlySet<string>): boolean {
  const trimmed = href.trim();
  // Protocol-relative (`//host`, and `\\host` which browsers treat the same) is absolute.
  if (!HAS_SCHEME.test(trimmed) && !/^[/\\]{2}/.test(trimmed)) return false;
  let url: URL;
  try {
    url = new URL(trimmed, RELATIVE_BASE);
  } catch {
    // Unparseable absolute-looking URL: marking it external costs nothing.
    return true;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return !siteHosts.has(url.host.toLowerCase());
}

/**
 * Hosts (not full origins) are compared so that an http link to the site's own
 * https host, or the reverse, still counts as internal.
 */
export function siteHostsOf(siteOrigins: readonly string[] | undefined): Set<string> {
  const hosts = new Set<string>();
  for (const origin of siteOrigins ?? []) {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new TypeError(`siteOrigins: not an absolute URL: ${JSON.stringify(origin)}`);
    }
    hosts.add(url.host.toLowerCase());
  }
  return hosts;
}

function buildOptions(siteHosts: ReadonlySet<string>): IOptions {
  const linkTransform: Transformer = (tagName, attribs) => {
    // rel and target are ours to decide; editor-supplied values are dropped.
    const { rel: _rel, target: _target, ...rest } = attribs;
    if (rest.href !== undefined && isExternalHref(rest.href, siteHosts)) rest.rel = EXTERNAL_REL;
    return { tagName, attribs: rest };
  };

  return {
    allowedTags: [...ALLOWED_TAGS],
    allowedAttributes: {
      a: ['href', 'title', 'rel'],
      img: [
        'src',
        'alt',
        'title',
        'width',
        'height',
        { name: 'loading', values: ['lazy'] },
        { name: 'decoding', values: ['async'] },
      ],
      h2: ['id'],
      h3: ['id'],
      h4: ['id'],
      h5: ['id'],
      h6: ['id'],
      ol: ['start'],
      th: ['align', 'colspan', 'rowspan'],
      td: ['align', 'colspan', 'rowspan'],
      details: ['open'],
    },
    // Fenced-code info strings are free text; only a plain language name survives.
    allowedClasses: { code: [/^language-[\w#+.-]{1,40}$/] },
    allowedSchemes: [...ALLOWED_SCHEMES],
    allowedSchemesByTag: { img: IMAGE_SCHEMES },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
    allowProtocolRelative: true,
    allowVulnerableTags: false,
    disallowedTagsMode: 'discard',
    nonTextTags: [...NON_TEXT_TAGS],
    enforceHtmlBoundary: false,
    transformTags: {
      h1: headingTransform,
      h2: headingTransform,
      h3: headingTransform,
      h4: headingTransform,
      h5: headingTransform,
      h6: headingTransform,
      a: linkTransform,
      img: imgTransform,
      th: cellTransform,
      td: cellTransform,
      b: renameTo('strong'),
      i: renameTo('em'),
      s: renameTo('del'),
      strike: renameTo('del'),
    },
  };
}

// One options object per distinct siteOrigins list; in practice there is one.
const optionsCache = new Map<string, IOptions>();
const OPTIONS_CACHE_LIMIT = 16;

function optionsFor(siteOrigins: readonly string[] | undefined): IOptions {
  const key = siteOrigins ? siteOrigins.join('\n') : '';
  let options = optionsCache.get(key);
  if (!options) {
    if (optionsCache.size >= OPTIONS_CACHE_LIMIT) optionsCache.clear();
    options = buildOptions(siteHostsOf(siteOrigins));
    optionsCache.set(key, options);
  }
  return options;
}

/**
 * Reduce arbitrary HTML to the allow-list used for rendered Markdown.
 * Safe to use on its own for HTML that did not come from Markdown.
 */
export function sanitizeHtml(html: string | null | undefined, options: RenderOptions = {}): string {
  if (!html) return '';
  return sanitize(html, optionsFor(options.siteOrigins));
}

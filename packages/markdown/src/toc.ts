import { slug } from 'github-slugger';
import type { Marked, Token, Tokens } from 'marked';
import { htmlToText } from './html-text.js';
import type { TocEntry } from './options.js';
import { HEADING_ID_PREFIX } from './sanitize.js';

/**
 * Ids are attached to the heading tokens of one document rather than kept in
 * module state, so the shared renderer stays free of per-call context.
 */
const headingIds = new WeakMap<Tokens.Heading, string>();

export function headingIdOf(token: Tokens.Heading): string | undefined {
  return headingIds.get(token);
}

/** The page owns the h1, so Markdown headings start at h2. */
export function renderedDepth(depth: number): number {
  return Math.min(6, Math.max(2, depth));
}

/**
 * github-slugger's own de-duplication (its default-export class), repeated here
 * because that ESM-only default export does not survive esbuild's CommonJS
 * interop in the cjs build; the named `slug` export does.
 */
function createSlugger(): (text: string) => string {
  const occurrences = new Map<string, number>();
  return (text) => {
    const base = slug(text);
    let result = base;
    while (occurrences.has(result)) {
      const next = (occurrences.get(base) ?? 0) + 1;
      occurrences.set(base, next);
      result = `${base}-${next}`;
    }
    occurrences.set(result, 0);
    return result;
  };
}

function isHeading(token: Token): token is Tokens.Heading {
  return token.type === 'heading';
}

/**
 * Give every heading in `tokens` a unique, prefixed github-slugger id (CJK
 * text is kept as is) and return all headings in document order.
 */
export function assignHeadingIds(md: Marked, tokens: Token[]): TocEntry[] {
  const uniqueSlug = createSlugger();
  const parser = new md.Parser(md.defaults);
  const entries: TocEntry[] = [];
  md.walkTokens(tokens, (token) => {
    if (!isHeading(token)) return;
    const text = htmlToText(parser.parseInline(token.tokens)).replace(/\n/g, ' ');
    // A heading with no sluggable text would otherwise get an empty id.
    const id = HEADING_ID_PREFIX + uniqueSlug(slug(text) ? text : 'section');
    headingIds.set(token, id);
    entries.push({ depth: renderedDepth(token.depth), text, id });
  });
  return entries;
}

export function filterToc(
  entries: TocEntry[],
  range: readonly [number, number] = [2, 3],
): TocEntry[] {
  const [min, max] = range;
  return entries.filter((entry) => entry.depth >= min && entry.depth <= max);
}

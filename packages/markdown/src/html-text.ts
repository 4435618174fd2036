import { Parser } from 'htmlparser2';
import { NON_TEXT_TAGS } from './non-text-tags.js';
import { collapseWhitespace } from './whitespace.js';

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);
const CELL_TAGS = new Set(['td', 'th']);

const SKIPPED_TAGS = new Set(NON_TEXT_TAGS);

/**
 * Plain text of an HTML fragment, one line per block, entities decoded.
 * The result is text, not HTML: callers must escape it.
 */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let buffer = '';
  let skipDepth = 0;

  const flush = (): void => {
    const line = collapseWhitespace(buffer);
    if (line) lines.push(line);
    buffer = '';
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED_TAGS.has(name)) skipDepth++;
        else if (skipDepth > 0) return;
        else if (BLOCK_TAGS.has(name)) flush();
        else if (CELL_TAGS.has(name)) buffer += ' ';
      },
      ontext(text) {
        if (skipDepth === 0) buffer += text;
      },
      onclosetag(name) {
        if (SKIPPED_TAGS.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (skipDepth > 0) return;
        else if (BLOCK_TAGS.has(name)) flush();
        else if (CELL_TAGS.has(name)) buffer += ' ';
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return lines.join('\n');
}

import { Marked } from 'marked';
import type { Token } from 'marked';
import type { RenderedMarkdown, RenderOptions } from './options.js';
import { sanitizeHtml } from './sanitize.js';
import { assignHeadingIds, filterToc, headingIdOf, renderedDepth } from './toc.js';
import { joinCjkLineBreaks } from './whitespace.js';

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ATTRIBUTE_ESCAPES[ch] ?? ch);
}

/** A private instance: the global `marked` may be configured by other code. */
export const markdownParser = new Marked({
  gfm: true,
  breaks: false,
  pedantic: false,
  renderer: {
    heading(token) {
      const depth = renderedDepth(token.depth);
      const id = headingIdOf(token);
      const idAttribute = id ? ` id="${escapeAttribute(id)}"` : '';
      return `<h${depth}${idAttribute}>${this.parser.parseInline(token.tokens)}</h${depth}>\n`;
    },
    // Task-list checkboxes would be <input>, which the allow-list forbids.
    checkbox({ checked }) {
      return checked ? '☑ ' : '☐ ';
    },
  },
});

function joinSoftBreaks(token: Token): void {
  // Only leaf text: code spans, code blocks and raw HTML keep their line breaks.
  if (token.type === 'text' && !('tokens' in token && token.tokens)) {
    token.text = joinCjkLineBreaks(token.text);
  }
}

/** Unsanitised HTML: only for callers that sanitise or extract text themselves. */
export function markdownToUnsafeHtml(markdown: string): string {
  return markdownParser.parser(markdownParser.lexer(markdown));
}

export function renderMarkdown(
  markdown: string | null | undefined,
  options: RenderOptions = {},
): RenderedMarkdown {
  if (typeof markdown !== 'string' || markdown.trim() === '') return { html: '', toc: [] };
  const tokens = markdownParser.lexer(markdown);
  markdownParser.walkTokens(tokens, joinSoftBreaks);
  const headings = assignHeadingIds(markdownParser, tokens);
  const html = sanitizeHtml(markdownParser.parser(tokens), options).trim();
  return { html, toc: filterToc(headings, options.tocDepth) };
}

import { describe, expect, it } from 'vitest';
import { findHazards } from './harmless.js';
import { renderMarkdown, sanitizeHtml } from './index.js';
import { xssCorpus } from './xss-corpus.js';

describe('XSS corpus', () => {
  it('has at least 40 vectors with unique names', () => {
    expect(xssCorpus.length).toBeGreaterThanOrEqual(40);
    expect(new Set(xssCorpus.map((v) => v.name)).size).toBe(xssCorpus.length);
  });

  it.each(xssCorpus)('renderMarkdown: $name', ({ markdown }) => {
    const { html, toc } = renderMarkdown(markdown, { siteOrigins: ['https://example.jp'] });
    expect(findHazards(html)).toEqual([]);
    for (const entry of toc) expect(entry.id.startsWith('h-')).toBe(true);
  });

  it.each(xssCorpus)('sanitizeHtml on the raw string: $name', ({ markdown }) => {
    expect(findHazards(sanitizeHtml(markdown))).toEqual([]);
  });

  it.each(xssCorpus)('sanitizeHtml is idempotent on its own output: $name', ({ markdown }) => {
    const once = sanitizeHtml(markdown);
    expect(sanitizeHtml(once)).toBe(once);
  });
});

import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from './index.js';

describe('sanitizeHtml', () => {
  it.each([undefined, null, ''])('returns an empty string for %j', (input) => {
    expect(sanitizeHtml(input)).toBe('');
  });

  it('maps h1 to h2 and prefixes raw heading ids', () => {
    expect(sanitizeHtml('<h1 id="top" class="x">T</h1><h3 id="h-ok">U</h3>')).toBe(
      '<h2 id="h-top">T</h2><h3 id="h-ok">U</h3>',
    );
  });

  it('renames presentational tags to their semantic equivalents', () => {
    expect(sanitizeHtml('<b>b</b><i>i</i><s>s</s><strike>t</strike>')).toBe(
      '<strong>b</strong><em>i</em><del>s</del><del>t</del>',
    );
  });

  it('drops unknown tags but keeps their text', () => {
    expect(sanitizeHtml('<div><span class="x">text</span></div>')).toBe('text');
  });

  it('keeps only valid align values on table cells', () => {
    expect(
      sanitizeHtml('<table><tr><td align="CENTER">a</td><td align="justify">b</td></tr></table>'),
    ).toBe('<table><tr><td align="center">a</td><td>b</td></tr></table>');
  });

  it('allows only http(s) and relative image sources', () => {
    expect(sanitizeHtml('<img src="mailto:a@b.c"><img src="/a.png">')).toBe(
      '<img loading="lazy" decoding="async" /><img src="/a.png" loading="lazy" decoding="async" />',
    );
  });

  it('uses the siteOrigins it is given', () => {
    const html = '<a href="https://example.jp/a">a</a>';
    expect(sanitizeHtml(html, { siteOrigins: ['https://example.jp'] })).toBe(html);
    expect(sanitizeHtml(html)).toBe(
      '<a href="https://example.jp/a" rel="noopener noreferrer">a</a>',
    );
  });

  it('matches site hosts with non-default ports', () => {
    const options = { siteOrigins: ['http://localhost:5173'] };
    expect(sanitizeHtml('<a href="http://localhost:5173/x">a</a>', options)).not.toContain('rel=');
    expect(sanitizeHtml('<a href="http://localhost:3000/x">a</a>', options)).toContain('rel=');
  });
});

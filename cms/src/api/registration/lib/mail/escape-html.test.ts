import { describe, expect, it } from 'vitest';
import { escapeHtml, textToHtml } from './escape-html';

describe('HTML parts of e-mails', () => {
  it('escapes markup', () => {
    expect(escapeHtml(`<img src=x onerror="alert('x')">&`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;',
    );
  });

  it('never lets typed text become markup', () => {
    const html = textToHtml('<script>alert(1)</script> 様\n\nbody');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; 様');
    expect(html).not.toContain('<script>');
  });

  it('links only the addresses it is given', () => {
    const html = textToHtml('https://evil.example/\n\nhttps://site.example/ja/x?token=abc', [
      'https://site.example/ja/x?token=abc',
    ]);
    expect(html).toContain(
      '<a href="https://site.example/ja/x?token=abc">https://site.example/ja/x?token=abc</a>',
    );
    expect(html).not.toContain('href="https://evil.example/"');
  });
});

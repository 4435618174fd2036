import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { findHazards } from './harmless.js';
import { renderMarkdown } from './index.js';

const SITE = { siteOrigins: ['https://example.jp'] };

describe('renderMarkdown', () => {
  it.each([undefined, null, '', '   \n\t'])('returns nothing for %j', (input) => {
    expect(renderMarkdown(input)).toEqual({ html: '', toc: [] });
  });

  it('renders a GFM table with alignment and no style attribute', () => {
    const { html } = renderMarkdown(
      '| 国籍 | 人数 |\n|:--|--:|\n| ベトナム | 1,200 |\n| Nepal | 300 |',
    );
    expect(html).toContain('<table>');
    expect(html).toContain('<th align="left">国籍</th>');
    expect(html).toContain('<td align="right">1,200</td>');
    expect(html).not.toContain('style=');
  });

  it('renders strikethrough and autolinks', () => {
    const { html } = renderMarkdown('~~old~~ see www.example.org');
    expect(html).toContain('<del>old</del>');
    expect(html).toContain(
      '<a href="http://www.example.org" rel="noopener noreferrer">www.example.org</a>',
    );
  });

  it('maps h1 to h2 because the page owns the h1', () => {
    const { html, toc } = renderMarkdown('# Report\n\ntext');
    expect(html).toContain('<h2 id="h-report">Report</h2>');
    expect(html).not.toContain('<h1');
    expect(toc).toEqual([{ depth: 2, text: 'Report', id: 'h-report' }]);
  });

  it('gives Japanese headings ids that keep the CJK text', () => {
    const { html } = renderMarkdown('## 技能実習制度の課題');
    expect(html).toBe('<h2 id="h-技能実習制度の課題">技能実習制度の課題</h2>');
  });

  it('makes duplicate heading ids unique', () => {
    const { toc } = renderMarkdown('## 概要\n\n## 概要\n\n### Summary\n\n### Summary\n\n## 概要');
    expect(toc.map((e) => e.id)).toEqual([
      'h-概要',
      'h-概要-1',
      'h-summary',
      'h-summary-1',
      'h-概要-2',
    ]);
  });

  it("de-duplicates exactly like github-slugger's own class", () => {
    const headings = [
      'a',
      'a',
      'a-1',
      'a',
      'A',
      'a-1',
      'b-2',
      'b',
      'b',
      'b',
      '概要',
      '概要',
      'x y',
      'x-y',
    ];
    const slugger = new GithubSlugger();
    const md = headings.map((h) => `## ${h}`).join('\n\n');
    expect(renderMarkdown(md).toc.map((e) => e.id)).toEqual(
      headings.map((h) => `h-${slugger.slug(h)}`),
    );
  });

  it('gives stable ids across renders', () => {
    const md = '## A\n\n## B\n\n## A';
    expect(renderMarkdown(md).html).toBe(renderMarkdown(md).html);
  });

  it('prefixes ids so headings cannot clobber DOM globals', () => {
    const { html } = renderMarkdown('## location\n\n## __sveltekit_dev');
    expect(html).toContain('id="h-location"');
    expect(html).not.toMatch(/id="(?!h-)/);
  });

  it('gives headings without sluggable text an id anyway', () => {
    const { toc } = renderMarkdown('## !!!\n\n## ???');
    expect(toc.map((e) => e.id)).toEqual(['h-section', 'h-section-1']);
  });

  it('builds a TOC of h2 and h3 with plain text by default', () => {
    const md = [
      '# 報告書',
      '## 背景 & *目的*',
      '### `コード` と [リンク](https://a.com)',
      '#### 細目',
      '## 結論',
    ].join('\n\n');
    expect(renderMarkdown(md).toc).toEqual([
      { depth: 2, text: '報告書', id: 'h-報告書' },
      { depth: 2, text: '背景 & 目的', id: 'h-背景--目的' },
      { depth: 3, text: 'コード と リンク', id: 'h-コード-と-リンク' },
      { depth: 2, text: '結論', id: 'h-結論' },
    ]);
  });

  it('honours tocDepth while still giving every heading an id', () => {
    const { html, toc } = renderMarkdown('## A\n\n### B\n\n#### C', { tocDepth: [3, 4] });
    expect(toc.map((e) => e.text)).toEqual(['B', 'C']);
    expect(html).toContain('<h2 id="h-a">A</h2>');
  });

  it('keeps script text out of TOC entries', () => {
    const { toc, html } = renderMarkdown('## Title <script>alert(1)</script>');
    expect(toc).toEqual([{ depth: 2, text: 'Title', id: 'h-title' }]);
    expect(html).not.toContain('script');
  });

  it('marks external links and leaves internal ones alone', () => {
    const { html } = renderMarkdown(
      [
        '[ext](https://moj.go.jp/a)',
        '[own](https://example.jp/reports/1)',
        '[own-http](http://EXAMPLE.jp/x)',
        '[rel](/reports/1)',
        '[anchor](#h-背景)',
        '[proto-rel](//cdn.example.com/x)',
        '[mail](mailto:info@example.jp)',
        '[tel](tel:+81-3-0000-0000)',
      ].join(' '),
      SITE,
    );
    expect(html).toContain('<a href="https://moj.go.jp/a" rel="noopener noreferrer">ext</a>');
    expect(html).toContain('<a href="https://example.jp/reports/1">own</a>');
    expect(html).toContain('<a href="http://EXAMPLE.jp/x">own-http</a>');
    expect(html).toContain('<a href="/reports/1">rel</a>');
    expect(html).toContain('<a href="#h-%E8%83%8C%E6%99%AF">anchor</a>');
    expect(html).toContain('<a href="//cdn.example.com/x" rel="noopener noreferrer">proto-rel</a>');
    expect(html).toContain('<a href="mailto:info@example.jp">mail</a>');
    expect(html).toContain('<a href="tel:+81-3-0000-0000">tel</a>');
  });

  it('treats every absolute link as external without siteOrigins', () => {
    expect(renderMarkdown('[x](https://example.jp/)').html).toContain('rel="noopener noreferrer"');
  });

  it('replaces editor-supplied rel and target', () => {
    const { html } = renderMarkdown(
      '<a href="https://a.com" rel="opener" target="_blank">x</a>',
      SITE,
    );
    expect(html).toBe('<p><a href="https://a.com" rel="noopener noreferrer">x</a></p>');
  });

  it('rejects a malformed siteOrigins entry', () => {
    expect(() => renderMarkdown('x', { siteOrigins: ['example.jp'] })).toThrow(TypeError);
  });

  it('makes images lazy and async', () => {
    const { html } = renderMarkdown('![在留カード](/uploads/card.png "見本")');
    expect(html).toBe(
      '<p><img src="/uploads/card.png" alt="在留カード" title="見本" loading="lazy" decoding="async" /></p>',
    );
  });

  it('keeps a plain language class on code blocks', () => {
    const { html } = renderMarkdown('```ts\nconst a = 1;\n```');
    expect(html).toBe('<pre><code class="language-ts">const a = 1;\n</code></pre>');
  });

  it('renders task lists without <input>', () => {
    const { html } = renderMarkdown('- [x] 済\n- [ ] 未');
    expect(html).not.toContain('<input');
    expect(html).toContain('☑ 済');
  });

  it('renders Japanese paragraphs and joins lines broken between CJK characters', () => {
    const md =
      '技能実習生は、受入れ企業で\n働きながら技能を学ぶ。\n\nThe report was\npublished in 2024 年。';
    const { html } = renderMarkdown(md);
    expect(html).toBe(
      '<p>技能実習生は、受入れ企業で働きながら技能を学ぶ。</p>\n<p>The report was\npublished in 2024 年。</p>',
    );
  });

  it('keeps allowed raw HTML such as details, sup and sub', () => {
    const { html } = renderMarkdown(
      '<details><summary>注</summary>H<sub>2</sub>O, 10<sup>3</sup></details>',
    );
    expect(html).toBe('<details><summary>注</summary>H<sub>2</sub>O, 10<sup>3</sup></details>');
  });

  it('produces output the harmlessness checker accepts', () => {
    const md = [
      '# 外国人労働者に関する調査報告',
      '## 技能実習制度の課題',
      '| 項目 | 値 |\n|:-:|--:|\n| 失踪者数 | 9,006 |',
      '> 引用 **強調** ~~取消~~ `code`',
      '1. one\n2. two',
      '![img](https://cdn.example.com/a.png)',
      '---',
      '[外部](https://www.moj.go.jp/isa/) [内部](/about)',
    ].join('\n\n');
    expect(findHazards(renderMarkdown(md, SITE).html)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { excerpt, markdownToText } from './index.js';

const chars = (s: string): number =>
  [...new Intl.Segmenter('ja', { granularity: 'grapheme' }).segment(s)].length;

describe('markdownToText', () => {
  it.each([undefined, null, '', '  '])('returns an empty string for %j', (input) => {
    expect(markdownToText(input)).toBe('');
  });

  it('strips Markdown and HTML, one line per block, entities decoded', () => {
    const md =
      '# 見出し\n\n**強調** と [リンク](https://a.com) &amp; `code` &copy;\n\n- 一\n- 二\n\n<b>raw</b> <script>alert(1)</script>';
    expect(markdownToText(md)).toBe('見出し\n強調 と リンク & code ©\n一\n二\nraw');
  });

  it('joins lines broken between Japanese characters but not between English words', () => {
    expect(markdownToText('受入れ企業で\n働く。\nThe report\nwas published.')).toBe(
      '受入れ企業で働く。 The report was published.',
    );
  });

  it('leaves out image URLs and table markup', () => {
    expect(markdownToText('![写真](https://a.com/a.png)\n\n| a | b |\n|---|---|\n| 1 | 2 |')).toBe(
      'a b\n1 2',
    );
  });
});

describe('excerpt', () => {
  it('returns the whole text when it fits', () => {
    expect(excerpt('短い文章。', 10)).toBe('短い文章。');
    expect(excerpt('abc', 3)).toBe('abc');
  });

  it.each([0, -1, Number.NaN])('returns an empty string for maxChars %s', (max) => {
    expect(excerpt('text', max)).toBe('');
  });

  it('returns an empty string for empty input', () => {
    expect(excerpt(null, 10)).toBe('');
  });

  it('cuts English at a word boundary and adds an ellipsis', () => {
    const out = excerpt('The quick brown fox jumps over the lazy dog.', 20);
    expect(out).toBe('The quick brown fox…');
    expect(chars(out)).toBeLessThanOrEqual(20);
  });

  it('cuts Japanese, which has no spaces, by characters', () => {
    const md = '外国人労働者の受け入れ拡大に伴い、技能実習制度の課題が指摘されている。';
    const out = excerpt(md, 20);
    expect(out.endsWith('…')).toBe(true);
    expect(chars(out)).toBeLessThanOrEqual(20);
    expect(chars(out)).toBeGreaterThanOrEqual(15);
    expect(md.startsWith(out.slice(0, -1))).toBe(true);
  });

  it('never exceeds maxChars, counting emoji and combining marks as one character', () => {
    const md = '👨‍👩‍👧‍👦🇯🇵が\u3099'.repeat(20);
    for (const max of [1, 2, 3, 7, 30]) expect(chars(excerpt(md, max))).toBeLessThanOrEqual(max);
  });

  it('does not split a surrogate pair', () => {
    const out = excerpt('𠮷'.repeat(10), 5);
    expect(out).toBe('𠮷𠮷𠮷𠮷…');
  });

  it('hard-cuts a single overlong word', () => {
    expect(excerpt('Donaudampfschifffahrtsgesellschaft ist lang', 20)).toBe('Donaudampfschifffah…');
  });

  it('does not end on a separator before the ellipsis', () => {
    expect(excerpt('調査結果、概要、詳細', 7)).toBe('調査結果…');
    expect(excerpt('Results, summary and details', 10)).toBe('Results…');
  });

  it('flattens blocks into one line', () => {
    expect(excerpt('## 見出し\n\n本文です。', 50)).toBe('見出し 本文です。');
  });
});

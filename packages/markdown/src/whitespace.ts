/**
 * Japanese editors wrap lines mid-sentence. A Markdown soft line break becomes a
 * space in most browsers, which in Japanese reads as a stray gap, so a line
 * break between two CJK characters is removed instead.
 */
const CJK_CLASS = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u3000-\u303f\u30a0-\u30ff\uff00-\uffef`;
const CJK = new RegExp(`[${CJK_CLASS}]`, 'u');
const CJK_SOFT_BREAK = new RegExp(
  `(?<=[${CJK_CLASS}])[ \\t]*\\r?\\n[ \\t]*(?=[${CJK_CLASS}])`,
  'gu',
);
const WHITESPACE_RUN = /\s+/g;

export function joinCjkLineBreaks(text: string): string {
  return text.includes('\n') ? text.replace(CJK_SOFT_BREAK, '') : text;
}

/** Collapse whitespace as a browser would, applying the CJK line-break rule. */
export function collapseWhitespace(text: string): string {
  return text
    .replace(WHITESPACE_RUN, (run: string, offset: number, whole: string) => {
      if (/[\r\n]/.test(run)) {
        const before = whole[offset - 1];
        const after = whole[offset + run.length];
        if (before && after && CJK.test(before) && CJK.test(after)) return '';
      }
      return ' ';
    })
    .trim();
}

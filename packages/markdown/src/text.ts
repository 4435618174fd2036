import { htmlToText } from './html-text.js';
import { markdownToUnsafeHtml } from './render.js';

/**
 * Plain text of a Markdown document, one line per block. Raw HTML is reduced to
 * its text; script/style content and images are dropped. The result is text,
 * not HTML: escape it when output.
 */
export function markdownToText(markdown: string | null | undefined): string {
  if (typeof markdown !== 'string' || markdown.trim() === '') return '';
  return htmlToText(markdownToUnsafeHtml(markdown));
}

const ELLIPSIS = '…';
// Built once: constructing ICU segmenters is comparatively expensive.
const graphemeSegmenter = new Intl.Segmenter('ja', { granularity: 'grapheme' });
// ICU splits Japanese into words by dictionary, so this finds boundaries without spaces too.
const wordSegmenter = new Intl.Segmenter('ja', { granularity: 'word' });
/** Enough look-ahead for the word segmenter to decide whether the cut point is a boundary. */
const WORD_CONTEXT = 32;
const TRAILING_SEPARATORS = /[\s,.;:!?、。，．：；！？・…‥\-‐–—―「『（([【〈《“‘]+$/u;

/**
 * Plain-text excerpt of at most `maxChars` characters (grapheme clusters,
 * including the trailing ellipsis). Cuts at a word boundary when one is
 * reasonably close, otherwise between characters, which is normal for Japanese.
 */
export function excerpt(markdown: string | null | undefined, maxChars: number): string {
  const limit = Math.floor(maxChars);
  if (!(limit > 0)) return '';
  const text = markdownToText(markdown).replace(/\n/g, ' ');
  if (!text) return '';

  // UTF-16 offset where grapheme number `limit - 1` starts, if the text is longer than `limit`.
  let count = 0;
  let hardEnd = 0;
  let tooLong = false;
  for (const { index } of graphemeSegmenter.segment(text)) {
    if (count === limit - 1) hardEnd = index;
    else if (count === limit) {
      tooLong = true;
      break;
    }
    count++;
  }
  if (!tooLong) return text;
  if (limit === 1) return ELLIPSIS;

  let wordEnd = 0;
  for (const { index } of wordSegmenter.segment(text.slice(0, hardEnd + WORD_CONTEXT))) {
    if (index > hardEnd) break;
    wordEnd = index;
  }
  // A single very long word (a URL, say) would leave almost nothing; cut it instead.
  const end = wordEnd >= hardEnd / 2 ? wordEnd : hardEnd;
  const head =
    text.slice(0, end).replace(TRAILING_SEPARATORS, '') || text.slice(0, hardEnd).trimEnd();
  return head + ELLIPSIS;
}

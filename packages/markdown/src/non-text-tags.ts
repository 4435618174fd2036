/**
 * Tags whose content is never readable text: the sanitiser drops it along with the tag, and the
 * plain-text extractor skips it. Otherwise the text of e.g. `<noscript>` or `<svg>` would be
 * kept, and foreign-content / raw-text elements are where parser-differential (mutation) XSS
 * lives.
 */
export const NON_TEXT_TAGS: readonly string[] = [
  'script',
  'style',
  'textarea',
  'option',
  'xmp',
  'noscript',
  'noembed',
  'noframes',
  'plaintext',
  'template',
  'title',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'select',
  'head',
];

export type { RenderOptions, RenderedMarkdown, TocEntry } from './options.js';
export { renderMarkdown } from './render.js';
export { sanitizeHtml, HEADING_ID_PREFIX } from './sanitize.js';
export { markdownToText, excerpt } from './text.js';

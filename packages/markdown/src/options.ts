export interface RenderOptions {
  /**
   * Origins of the site itself, e.g. `['https://example.jp']`. Absolute links
   * to these hosts are internal and get no `rel`. Relative links are always internal.
   */
  siteOrigins?: string[];
  /** Inclusive range of rendered heading depths listed in the TOC. Default `[2, 3]`. */
  tocDepth?: [min: number, max: number];
}

export interface TocEntry {
  /** Rendered depth (2–6); a Markdown h1 is rendered as h2 and reported as 2. */
  depth: number;
  /** Plain text, not HTML: escape it when rendering. */
  text: string;
  /** Value of the heading's `id` attribute, already prefixed. */
  id: string;
}

export interface RenderedMarkdown {
  html: string;
  toc: TocEntry[];
}

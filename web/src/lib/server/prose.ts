import { renderMarkdown, type RenderedMarkdown } from '@assc/markdown';
import type { Locale } from '@assc/schemas';
import { t } from '$lib/i18n/messages';

/**
 * CMS Markdown as the pages show it. Tables are wrapped in a focusable, labelled scroll box:
 * on a phone a wide table scrolls sideways, and keyboard users must be able to reach it too.
 * The HTML is already sanitised, so the wrapper is only added around the bare tags the
 * renderer emits.
 */
export function renderProse(
  markdown: string | null | undefined,
  { origin, locale }: { origin: string; locale: Locale },
): RenderedMarkdown {
  const { html, toc } = renderMarkdown(markdown, { siteOrigins: [origin] });
  const label = escapeAttribute(t(locale).prose.table);
  const wrapped = html
    .replace(
      /<table(\s[^>]*)?>/g,
      (tag) => `<div class="table-scroll" role="region" tabindex="0" aria-label="${label}">${tag}`,
    )
    .replace(/<\/table>/g, '</table></div>');
  return { html: wrapped, toc };
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

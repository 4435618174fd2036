const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** For text that people typed (names, organisations) and staff wrote (titles, addresses). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * The HTML part is the text part, escaped, with paragraphs kept: it can never say more than
 * the text does, and nothing anyone typed can become markup. Only `links` (addresses we made
 * ourselves) become clickable, so a URL typed as someone's name stays inert text.
 */
export function textToHtml(text: string, links: readonly string[] = []): string {
  const anchors = links.map((url) => {
    const escaped = escapeHtml(url);
    return { escaped, anchor: `<a href="${escaped}">${escaped}</a>` };
  });
  const paragraphs = text.split(/\n{2,}/).map((block) => {
    const lines = block.split('\n').map((line) => {
      const escaped = escapeHtml(line);
      const link = anchors.find((a) => escaped === a.escaped);
      return link ? link.anchor : escaped;
    });
    return `<p>${lines.join('<br>\n')}</p>`;
  });
  return [
    '<!doctype html>',
    '<html><head><meta charset="utf-8"></head>',
    '<body style="font-family: sans-serif; line-height: 1.6">',
    ...paragraphs,
    '</body></html>',
  ].join('\n');
}

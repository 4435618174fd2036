/**
 * Known XSS vectors, written as an editor could type them into the CMS. Each
 * must render to harmless HTML (see xss.test.ts). Sources: OWASP XSS filter
 * evasion cheat sheet, PortSwigger XSS cheat sheet, DOMPurify/markdown-it
 * regression tests, CommonMark link-destination edge cases.
 */
export interface XssVector {
  name: string;
  markdown: string;
}

const B64_SCRIPT = 'PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==';

export const xssCorpus: readonly XssVector[] = [
  // Markdown links and images
  { name: 'md link javascript:', markdown: '[x](javascript:alert(1))' },
  { name: 'md link mixed-case scheme', markdown: '[x](JaVaScRiPt:alert(1))' },
  { name: 'md link decimal entity scheme', markdown: '[x](&#106;avascript:alert(1))' },
  { name: 'md link hex entity scheme', markdown: '[x](&#x6A;avascript:alert(1))' },
  { name: 'md link zero-padded entities', markdown: '[x](&#0000106;&#0000097;vascript:alert(1))' },
  { name: 'md link &colon; entity', markdown: '[x](javascript&colon;alert(1))' },
  { name: 'md link tab inside scheme', markdown: '[x](java\tscript:alert(1))' },
  { name: 'md link entity tab inside scheme', markdown: '[x](java&#9;script:alert(1))' },
  { name: 'md link entity newline inside scheme', markdown: '[x](java&#x0A;script:alert(1))' },
  { name: 'md link angle-bracket destination', markdown: '[x](<javascript:alert(1)>)' },
  { name: 'md link leading space', markdown: '[x]( javascript:alert(1))' },
  { name: 'md link escaped colon', markdown: '[x](javascript\\:alert(1))' },
  { name: 'md link data:text/html', markdown: `[x](data:text/html;base64,${B64_SCRIPT})` },
  { name: 'md image data:text/html', markdown: `![x](data:text/html;base64,${B64_SCRIPT})` },
  {
    name: 'md image data:image/svg+xml',
    markdown: '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  },
  { name: 'md image javascript:', markdown: '![x](javascript:alert(1))' },
  { name: 'md link vbscript:', markdown: '[x](vbscript:msgbox(1))' },
  { name: 'md link breaking out of href', markdown: '[x](https://a.com" onmouseover="alert(1))' },
  {
    name: 'md image breaking out of src',
    markdown: '![x](https://a.com/a.png" onerror="alert(1))',
  },
  {
    name: 'md link breaking out of title',
    markdown: '[x](https://a.com "t\\" onmouseover=\\"alert(1)")',
  },
  { name: 'md image alt breaking out', markdown: '![" onerror="alert(1)](https://a.com/a.png)' },
  { name: 'md reference link javascript:', markdown: '[x][r]\n\n[r]: javascript:alert(1)' },
  {
    name: 'md reference link angle javascript:',
    markdown: '[x][r]\n\n[r]: <javascript:alert(1)> "t"',
  },
  {
    name: 'md reference image data:',
    markdown: `![x][r]\n\n[r]: data:text/html;base64,${B64_SCRIPT}`,
  },
  { name: 'md autolink javascript:', markdown: '<javascript:alert(1)>' },
  { name: 'md autolink upper-case JAVASCRIPT:', markdown: '<JAVASCRIPT:alert(1)>' },
  { name: 'md autolink vbscript:', markdown: '<vbscript:msgbox(1)>' },
  { name: 'md autolink data:', markdown: '<data:text/html,<script>alert(1)</script>>' },
  { name: 'md link inside table cell', markdown: '| a |\n|---|\n| [x](javascript:alert(1)) |' },
  { name: 'md heading with raw script', markdown: '## Title <script>alert(1)</script>' },
  { name: 'md heading id clobbering', markdown: '## location\n\n## cookie\n\n## __proto__' },
  { name: 'code span with script', markdown: '`<script>alert(1)</script>`' },
  { name: 'fenced code with script', markdown: '```html\n<script>alert(1)</script>\n```' },
  { name: 'fenced code language breaking out', markdown: '```"><script>alert(1)</script>\nx\n```' },

  // Raw HTML: script and friends
  { name: 'script tag', markdown: '<script>alert(1)</script>' },
  { name: 'script with src', markdown: '<SCRIPT SRC=//evil.example/x.js></SCRIPT>' },
  { name: 'script inside paragraph', markdown: 'text <script>alert(1)</script> text' },
  { name: 'split script tag', markdown: '<scr<script>ipt>alert(1)</scr</script>ipt>' },
  { name: 'unclosed script', markdown: '<script>alert(1)' },
  { name: 'HTML comment hiding script', markdown: '<!-- <script>alert(1)</script> -->' },
  { name: 'broken comment then script', markdown: '<!--><script>alert(1)</script>-->' },
  { name: 'CDATA hiding script', markdown: '<![CDATA[<script>alert(1)</script>]]>' },
  { name: 'processing instruction', markdown: '<?xml-stylesheet href="javascript:alert(1)"?>' },
  { name: 'template with script', markdown: '<template><script>alert(1)</script></template>' },
  { name: 'xmp with script', markdown: '<xmp><script>alert(1)</script></xmp>' },
  { name: 'textarea with script', markdown: '<textarea><script>alert(1)</script></textarea>' },
  { name: 'title with script', markdown: '<title><script>alert(1)</script></title>' },
  { name: 'plaintext', markdown: '<plaintext><script>alert(1)</script>' },

  // Event handlers
  { name: 'img onerror', markdown: '<img src=x onerror=alert(1)>' },
  { name: 'img onerror quoted, inline', markdown: 'see <img src="x" onerror="alert(1)" /> here' },
  {
    name: 'img src=x:alert(alt) onerror=eval(src)',
    markdown: '<img src=x:alert(alt) onerror=eval(src) alt=0>',
  },
  { name: 'svg onload', markdown: '<svg onload=alert(1)>' },
  { name: 'svg script', markdown: '<svg><script>alert(1)</script></svg>' },
  {
    name: 'svg animate onbegin',
    markdown: '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  },
  {
    name: 'svg xlink:href',
    markdown: '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>',
  },
  { name: 'math href', markdown: '<math href="javascript:alert(1)">x</math>' },
  {
    name: 'math mglyph style mXSS',
    markdown: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  },
  {
    name: 'math maction xlink',
    markdown:
      '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
  },
  {
    name: 'details ontoggle',
    markdown: '<details open ontoggle=alert(1)><summary>x</summary>y</details>',
  },
  { name: 'body onload', markdown: '<body onload=alert(1)>' },
  { name: 'input autofocus onfocus', markdown: '<input autofocus onfocus=alert(1)>' },
  { name: 'video source onerror', markdown: '<video><source onerror=alert(1)></video>' },
  { name: 'audio onerror', markdown: '<audio src=x onerror=alert(1)>' },
  { name: 'marquee onstart', markdown: '<marquee onstart=alert(1)>x</marquee>' },
  { name: 'a onclick', markdown: '<a href="#" onclick="alert(1)">x</a>' },
  {
    name: 'unquoted attribute break-out',
    markdown: '<a href="https://a.com" onmouseover=alert(1)//">x</a>',
  },
  {
    name: 'event handler with entity-encoded equals',
    markdown: '<img src="x" onerror&#61;alert(1)>',
  },
  {
    name: 'select/noembed parser confusion',
    markdown: '<select><noembed></select><script>alert(1)</script>',
  },
  {
    name: 'noscript attribute mXSS',
    markdown: '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  },

  // Raw HTML: URLs
  { name: 'a href javascript&colon;', markdown: '<a href="javascript&colon;alert(1)">x</a>' },
  {
    name: 'a href hex-entity scheme',
    markdown:
      '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>',
  },
  {
    name: 'a href decimal-entity scheme, no semicolons',
    markdown: '<a href="&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)">x</a>',
  },
  {
    name: 'a href tab entity inside scheme',
    markdown: '<a href="jav&#x09;ascript:alert(1)">x</a>',
  },
  { name: 'a href newline inside scheme', markdown: '<a href="java\nscript:alert(1)">x</a>' },
  { name: 'a href leading space', markdown: '<a href=" javascript:alert(1)">x</a>' },
  {
    name: 'a href leading control character',
    markdown: '<a href="\u0001javascript:alert(1)">x</a>',
  },
  { name: 'a href leading &#14;', markdown: '<a href="&#14;javascript:alert(1)">x</a>' },
  { name: 'a href NUL inside scheme', markdown: '<a href="java&#0;script:alert(1)">x</a>' },
  { name: 'a href data:', markdown: '<a href="data:text/html,<script>alert(1)</script>">x</a>' },
  { name: 'a href VBSCRIPT:', markdown: '<a href="VBSCRIPT:msgbox(1)">x</a>' },
  {
    name: 'a href javascript: with target',
    markdown: '<a href="javascript:alert(1)" target="_blank">x</a>',
  },
  { name: 'img src javascript:', markdown: '<img src="javascript:alert(1)">' },
  { name: 'img src backticks', markdown: '<IMG SRC=`javascript:alert(1)`>' },
  { name: 'img src data:', markdown: `<img src="data:image/svg+xml;base64,${B64_SCRIPT}">` },
  { name: 'img srcset javascript:', markdown: '<img srcset="javascript:alert(1) 1x">' },
  {
    name: 'table background',
    markdown: '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
  },
  { name: 'iframe src', markdown: '<iframe src="https://evil.example"></iframe>' },
  { name: 'iframe javascript:', markdown: '<iframe src="javascript:alert(1)"></iframe>' },
  { name: 'iframe srcdoc', markdown: '<iframe srcdoc="<script>alert(1)</script>"></iframe>' },
  { name: 'object data javascript:', markdown: '<object data="javascript:alert(1)"></object>' },
  {
    name: 'object data base64',
    markdown: `<object data="data:text/html;base64,${B64_SCRIPT}"></object>`,
  },
  { name: 'embed', markdown: '<embed src="https://evil.example/x.swf">' },
  { name: 'style tag', markdown: '<style>body{background:url(javascript:alert(1))}</style>' },
  {
    name: 'link stylesheet',
    markdown: '<link rel="stylesheet" href="https://evil.example/x.css">',
  },
  {
    name: 'meta refresh',
    markdown: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  },
  { name: 'base href', markdown: '<base href="https://evil.example/">' },
  {
    name: 'form action javascript:',
    markdown: '<form action="javascript:alert(1)"><button>x</button></form>',
  },
  { name: 'button formaction', markdown: '<button formaction="javascript:alert(1)">x</button>' },
  { name: 'isindex', markdown: '<isindex type=image src=1 onerror=alert(1)>' },

  // Styles
  {
    name: 'style attribute url(javascript:)',
    markdown: '<a href="https://a.com" style="background:url(javascript:alert(1))">x</a>',
  },
  {
    name: 'style attribute expression()',
    markdown: '<div style="width: expression(alert(1))">x</div>',
  },
  { name: 'style attribute behavior', markdown: '<p style="behavior:url(x.htc)">x</p>' },
  {
    name: 'img forcing loading/decoding and style',
    markdown: '<img src="https://a.com/a.png" loading="eager" decoding="sync" style="x">',
  },

  // DOM clobbering
  { name: 'a id=location', markdown: '<a id="location" href="/x">x</a>' },
  { name: 'img name=cookie', markdown: '<img name="cookie" src="/a.png">' },
  {
    name: 'form name=getElementById',
    markdown: '<form name="getElementById"><input name="x"></form>',
  },
  { name: 'raw heading id', markdown: '<h2 id="location">x</h2>' },
  { name: 'raw h1 id', markdown: '<h1 id="defaultView">x</h1>' },
  { name: 'p id', markdown: '<p id="config">x</p>' },
];

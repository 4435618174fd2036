import { describe, expect, it } from 'vitest';
import { findHazards } from './harmless.js';

// If the checker could not fail, the XSS corpus test would prove nothing.
describe('findHazards', () => {
  it.each([
    ['script element', '<script>alert(1)</script>'],
    ['event handler', '<img src="x" onerror="alert(1)">'],
    ['javascript: href', '<a href="javascript:alert(1)">x</a>'],
    ['entity-encoded javascript: href', '<a href="&#106;avascript:alert(1)">x</a>'],
    ['javascript: with a tab inside', '<a href="java&#x09;script:alert(1)">x</a>'],
    ['javascript: with leading control character', '<a href="\u0001 javascript:alert(1)">x</a>'],
    ['vbscript: href', '<a href="vbscript:x">x</a>'],
    ['data: image', '<img src="data:image/png;base64,AAAA">'],
    ['mailto: image', '<img src="mailto:a@b.c">'],
    ['style attribute', '<p style="color:red">x</p>'],
    ['srcdoc', '<p srcdoc="x">x</p>'],
    ['formaction', '<p formaction="https://a.com">x</p>'],
    ['iframe', '<iframe src="https://a.com"></iframe>'],
    ['svg', '<svg></svg>'],
    ['unprefixed heading id', '<h2 id="location">x</h2>'],
    ['id off a heading', '<p id="h-x">x</p>'],
    ['name attribute', '<img name="cookie" src="/a.png">'],
    ['comment', '<!-- x -->'],
    ['"<script" the parser might not see as a tag', '<p>x</p><script'],
    ['class other than a language', '<code class="evil">x</code>'],
  ])('flags %s', (_name, html) => {
    expect(findHazards(html)).not.toEqual([]);
  });

  it.each([
    ['escaped script text', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'],
    ['https link with rel', '<a href="https://a.com/x?y=1" rel="noopener noreferrer">x</a>'],
    ['relative and anchor links', '<a href="/a">a</a><a href="#h-x">b</a><a href="../c">c</a>'],
    ['mailto and tel', '<a href="mailto:a@b.c">a</a><a href="tel:+81-3-0000-0000">b</a>'],
    ['lazy image', '<img src="https://a.com/a.png" alt="a" loading="lazy" decoding="async" />'],
    ['heading with prefixed id', '<h2 id="h-技能実習制度の課題">技能実習制度の課題</h2>'],
    ['"javascript:" as text', '<p>javascript:alert(1)</p>'],
  ])('accepts %s', (_name, html) => {
    expect(findHazards(html)).toEqual([]);
  });
});

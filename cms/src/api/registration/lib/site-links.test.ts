import { describe, expect, it } from 'vitest';
import { siteLinks } from './site-links';

describe('siteLinks', () => {
  it('builds the cancel link the site serves', () => {
    const links = siteLinks({ SITE_URL: 'https://roundtable.example.org/' });
    expect(links.cancelPage('en', 'abc_DEF-123')).toBe(
      'https://roundtable.example.org/en/registrations/cancel?token=abc_DEF-123',
    );
    expect(links.sessionPage('ja', 'round-table-05')).toBe(
      'https://roundtable.example.org/ja/sessions/round-table-05',
    );
    expect(links.uidDomain).toBe('roundtable.example.org');
  });

  it('prefers the public address when the CMS reaches the site at another', () => {
    const links = siteLinks({ SITE_URL: 'http://web:3000', SITE_PUBLIC_URL: 'https://rt.example' });
    expect(links.cancelPage('ja', 't')).toBe('https://rt.example/ja/registrations/cancel?token=t');
  });

  it('falls back to the demo site', () => {
    expect(siteLinks({}).cancelPage('ja', 't')).toBe(
      'http://127.0.0.1:3000/ja/registrations/cancel?token=t',
    );
  });
});

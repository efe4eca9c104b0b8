// shell.openExternal only through the allowlist: https to www.hhs.gov or ocrportal.hhs.gov; a
// fast-check property shows that nothing else ever reaches the OS.
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake());

const fake = await import('./electron-fake');
const { allowedExternalUrl, EXTERNAL_HOSTS, openExternalLink } = await import('../../electron/platform/external-links');

beforeEach(() => fake.shell.openExternal.mockClear());

const reachedOs = (): string[] => fake.shell.openExternal.mock.calls.map((call) => call[0]);

const isAllowedTarget = (href: string): boolean => {
  const url = new URL(href);
  return url.protocol === 'https:' && EXTERNAL_HOSTS.has(url.hostname) && url.port === '' && url.username === '';
};

describe('openExternalLink', () => {
  it.each([
    'https://www.hhs.gov/hipaa/for-individuals/notice-privacy-practices/index.html',
    'https://ocrportal.hhs.gov/ocr/smartscreen/main.jsf',
    'HTTPS://WWW.HHS.GOV/hipaa',
  ])('opens %s', async (url) => {
    expect(await openExternalLink(url)).toBe(true);
    expect(reachedOs()).toEqual([new URL(url).href]);
  });

  it.each([
    'http://www.hhs.gov/',
    'https://hhs.gov/',
    'https://evil.hhs.gov/',
    'https://www.hhs.gov.evil.test/',
    'https://www.hhs.gov@evil.test/',
    'https://user:pw@www.hhs.gov/',
    'https://www.hhs.gov:8443/',
    'file:///etc/passwd',
    'smb://server/share',
    'ms-settings:privacy',
    'javascript:alert(1)',
    'app://privacy-desk/index.html',
    '//www.hhs.gov/',
    '',
    'https://www.hhs.gov' + '/x'.repeat(2000),
  ])('refuses %s', async (url) => {
    expect(await openExternalLink(url)).toBe(false);
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses non-strings', async () => {
    for (const value of [null, undefined, 42, {}, new URL('https://www.hhs.gov/')]) {
      expect(await openExternalLink(value)).toBe(false);
    }
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('lets nothing but https to an allowlisted host reach shell.openExternal', async () => {
    const host = fc.oneof(
      fc.constantFrom(...EXTERNAL_HOSTS, 'hhs.gov', 'evil.test', 'www.hhs.gov.evil.test', 'WWW.HHS.GOV'),
      fc.domain(),
    );
    const scheme = fc.constantFrom('https', 'http', 'file', 'ftp', 'javascript', 'data', 'smb', 'app', 'HTTPS');
    const crafted = fc
      .tuple(
        scheme,
        fc.constantFrom('://', ':', ':///', '://user@', '://a:b@'),
        host,
        fc.constantFrom('', ':443', ':8080', '.', '\\@evil.test'),
        fc.webPath(),
      )
      .map(([s, sep, h, port, path]) => `${s}${sep}${h}${port}${path}`);
    await fc.assert(
      fc.asyncProperty(fc.oneof(crafted, fc.webUrl(), fc.string(), fc.anything()), async (candidate) => {
        fake.shell.openExternal.mockClear();
        const opened = await openExternalLink(candidate);
        const reached = reachedOs();
        if (!opened) return reached.length === 0;
        return (
          reached.length === 1 && isAllowedTarget(reached[0] as string) && allowedExternalUrl(candidate) === reached[0]
        );
      }),
      { numRuns: 2000 },
    );
  });
});

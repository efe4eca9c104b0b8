// Phones and web addresses as people type them (issue 7 item 10): the forms accepted and refused, the one
// stored form, and printing, including numbers saved before the rule as they were typed.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Phone, Practice, Website } from '../../shared/contract';
import { NoticeContent } from '../../shared/contract/notice-content';
import { fillPlaceholders, filledSections } from '../../shared/domain/notice-text';
import { formatUsPhone, parsePhone, printPhone } from '../../shared/domain/phone';
import { practiceSnapshot } from '../../shared/domain/practice-snapshot';
import { PRACTICE } from '../support/practice-fixture';

// Phone and Website are the same kind of schema (a string read into its normal form).
const messageOf = (schema: typeof Phone, typed: string): string | undefined =>
  schema.safeParse(typed).error?.issues[0]?.message;

describe('US phone numbers', () => {
  it.each([
    ['312-555-0147', '(312) 555-0147'],
    ['(312) 555 0147', '(312) 555-0147'],
    ['(312)555-0147', '(312) 555-0147'],
    ['312.555.0147', '(312) 555-0147'],
    ['3125550147', '(312) 555-0147'],
    ['+1 312 555 0147', '(312) 555-0147'],
    ['1-312-555-0147', '(312) 555-0147'],
    ['  (312) 555-0147  ', '(312) 555-0147'],
    ['312-555-0147 x12', '(312) 555-0147 ext. 12'],
    ['312-555-0147x12', '(312) 555-0147 ext. 12'],
    ['312.555.0147 ext. 12', '(312) 555-0147 ext. 12'],
    ['(312) 555-0147 EXT 12', '(312) 555-0147 ext. 12'],
    ['312 555 0147 extension 204', '(312) 555-0147 ext. 204'],
    ['(312) 555-0147 ext. 12', '(312) 555-0147 ext. 12'],
  ])('stores %j as %j', (typed, stored) => {
    expect(Phone.parse(typed)).toBe(stored);
  });

  it.each([
    ['555-0147', 'digits'],
    ['312-555-014', 'digits'],
    ['2-312-555-0147', 'digits'],
    ['+44 20 7946 0958', 'digits'],
    ['1-800-FLOWERS', 'digits'],
    ['call the front desk', 'digits'],
    ['', 'digits'],
    ['312-555-0147 ext.', 'digits'],
    ['012-555-0147', 'area-code'],
    ['(112) 555-0147', 'area-code'],
    ['1-112-555-0147', 'area-code'],
    ['911-555-0147', 'area-code'],
    ['312-055-0147', 'exchange'],
    ['312-155-0147', 'exchange'],
  ])('refuses %j (%s)', (typed, problem) => {
    expect(parsePhone(typed)).toBe(problem);
    expect(Phone.safeParse(typed).success).toBe(false);
  });

  it('tells the user what to type, and which part is wrong', () => {
    expect(messageOf(Phone, '555-0147')).toMatch(/10-digit US phone number, e\.g\. \(312\) 555-0147/);
    expect(messageOf(Phone, '012-555-0147')).toMatch(/area code/);
    expect(messageOf(Phone, '312-055-0147')).toMatch(/after the area code/);
  });

  const digit = (from: number) => fc.integer({ min: from, max: 9 }).map(String);
  const number = fc.tuple(digit(2), digit(0), digit(0), digit(2), fc.array(digit(0), { minLength: 6, maxLength: 6 }));
  const typedNumber = fc
    .record({
      n: number.filter(([, b, c]) => !(b === '1' && c === '1')),
      style: fc.constantFrom('dash', 'dots', 'paren', 'plain', 'plus1', 'one-dash'),
      ext: fc.option(fc.tuple(fc.constantFrom('x', ' x', ' ext. ', ' ext ', ' extension '), fc.nat(99999))),
    })
    .map(({ n: [a, b, c, d, rest], style, ext }) => {
      const [area, exch, line] = [`${a}${b}${c}`, `${d}${rest.slice(0, 2).join('')}`, rest.slice(2).join('')];
      const main = {
        dash: `${area}-${exch}-${line}`,
        dots: `${area}.${exch}.${line}`,
        paren: `(${area}) ${exch} ${line}`,
        plain: `${area}${exch}${line}`,
        plus1: `+1 ${area} ${exch} ${line}`,
        'one-dash': `1-${area}-${exch}-${line}`,
      }[style];
      return { typed: ext ? `${main}${ext[0]}${ext[1]}` : main, digits: `${area}${exch}${line}`, ext: ext?.[1] };
    });

  it('reads every usual way of typing a number to the same digits, and its stored form is stable', () => {
    fc.assert(
      fc.property(typedNumber, ({ typed, digits, ext }) => {
        const stored = Phone.parse(typed);
        expect(parsePhone(typed)).toEqual({ digits, extension: ext === undefined ? null : String(ext) });
        expect(Phone.parse(stored)).toBe(stored);
        expect(printPhone(stored)).toBe(stored);
        expect(printPhone(typed)).toBe(stored);
      }),
    );
  });

  it('formats whatever it can parse idempotently, and prints anything else unchanged', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const parsed = parsePhone(s);
        if (typeof parsed === 'string') expect(printPhone(s)).toBe(s);
        else expect(parsePhone(formatUsPhone(parsed))).toEqual(parsed);
        expect(printPhone(printPhone(s))).toBe(printPhone(s));
      }),
    );
  });
});

describe('web addresses', () => {
  it.each([
    ['', ''],
    ['   ', ''],
    ['lakeviewfm.example.org', 'https://lakeviewfm.example.org'],
    ['www.x.org', 'https://www.x.org'],
    ['  LakeviewFM.Example.org  ', 'https://lakeviewfm.example.org'],
    ['http://clinic.example.com/privacy', 'http://clinic.example.com/privacy'],
    ['https://lakeviewfm.example.org', 'https://lakeviewfm.example.org'],
    ['HTTPS://WWW.Example.ORG/Notice.pdf', 'https://www.example.org/Notice.pdf'],
    ['example.org:8443/privacy?lang=es', 'https://example.org:8443/privacy?lang=es'],
    ['clínica.example.mx', 'https://clínica.example.mx'],
  ])('stores %j as %j', (typed, stored) => {
    expect(Website.parse(typed)).toBe(stored);
    expect(Website.parse(stored)).toBe(stored);
  });

  it.each([
    ['javascript:alert(1)', /Only web addresses/],
    ['ftp://files.example.org', /Only web addresses/],
    ['mailto:privacy@example.org', /Only web addresses/],
    ['https://exa mple.org', /cannot contain spaces/],
    ['lakeview fm.org', /cannot contain spaces/],
    ['https://localhost', /not a web address/],
    ['lakeviewfm', /not a web address/],
    ['https://', /not a web address/],
    ['http:/example.org', /not a web address/],
    ['user@example.org', /not a web address/],
    ['https://-bad-.example.org', /not a web address/],
    ['example.123', /not a web address/],
    ['https://exa_mple.org', /not a web address/],
  ])('refuses %j', (typed, message) => {
    expect(messageOf(Website, typed)).toMatch(message);
  });
});

describe('the practice as typed at setup', () => {
  it('is stored in its normal form', () => {
    const typed = {
      ...PRACTICE,
      phone: '312.555.0147',
      website: 'lakeviewfm.example.org',
      privacyOfficer: { ...PRACTICE.privacyOfficer, phone: '1 312 555 0148 x7' },
    };
    const stored = Practice.parse(typed);
    expect([stored.phone, stored.website, stored.privacyOfficer.phone]).toEqual([
      '(312) 555-0147',
      'https://lakeviewfm.example.org',
      '(312) 555-0148 ext. 7',
    ]);
  });

  it('reports a wrong phone or website against its own field', () => {
    const r = Practice.safeParse({
      ...PRACTICE,
      website: 'ftp://x.org',
      privacyOfficer: { ...PRACTICE.privacyOfficer, phone: '012-555-0147' },
    });
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['privacyOfficer.phone', 'website']);
  });
});

describe('phones printed in the notice text', () => {
  // A snapshot frozen before the rule holds the number as it was typed.
  const old = {
    ...practiceSnapshot(PRACTICE),
    phone: '312.555.0147',
    privacyOfficer: { ...PRACTICE.privacyOfficer, phone: '312-555-0143 x9' },
  };

  it('prints a number saved as typed in the one form', () => {
    expect(fillPlaceholders('Call {{practice.phone}} or {{privacyOfficer.phone}}.', old)).toBe(
      'Call (312) 555-0147 or (312) 555-0143 ext. 9.',
    );
  });

  it('prints text that is not a US number as it was saved', () => {
    const odd = { ...old, phone: '+44 20 7946 0958' };
    expect(fillPlaceholders('Call {{practice.phone}}.', odd)).toBe('Call +44 20 7946 0958.');
  });

  it('fills the default notice with the normal form', () => {
    const template = NoticeContent.parse(
      JSON.parse(readFileSync(new URL('../../assets/templates/notice-en.json', import.meta.url), 'utf8')),
    );
    const text = filledSections(template, old, 'en')
      .map((s) => s.text)
      .join('\n');
    expect(text).toContain('(312) 555-0143 ext. 9');
    expect(text).not.toContain('312-555-0143');
  });
});

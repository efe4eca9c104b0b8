// The contract's field rules (RELIABILITY.md §7 I4) and its shape: every method has input and output
// schemas, a valid access rule and an `area.verb` name; PHI never sits behind a public method.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CalendarDate,
  contract,
  Email,
  METHOD_NAMES,
  Passphrase,
  Password,
  Phone,
  Practice,
  ROLES,
  TimeZone,
  Username,
  Website,
  isMethodName,
} from '../../shared/contract';
import { ipcChannel } from '../../shared/contract/api';
import { PRACTICE as practice } from '../support/practice-fixture';

const accepts = (schema: z.ZodType, value: unknown): boolean => schema.safeParse(value).success;

describe('CalendarDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2025-12-31', '2025-01-01', '1957-03-14'])('accepts the real date %s', (d) => {
    expect(accepts(CalendarDate, d)).toBe(true);
  });

  it.each([
    '2025-02-30',
    '2025-02-29',
    '1900-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-1-05',
    '20250105',
    ' 2025-01-05',
    '2025-01-05T00:00:00Z',
    '',
  ])('rejects %j', (d) => {
    expect(accepts(CalendarDate, d)).toBe(false);
  });
});

describe('field rules', () => {
  it.each([
    '(312) 555-0142',
    '312-555-0143',
    '312.555.0142',
    '3125550142',
    '+1 312 555 0142',
    '1-312-555-0142',
    '(312) 555-0142 x204',
    '312-555-0142 ext. 9',
  ])('accepts the US phone number %j', (p) => expect(accepts(Phone, p)).toBe(true));

  it.each([
    '555-0142',
    '312-555-014',
    '2-312-555-0142',
    '1-800-FLOWERS',
    'call the front desk',
    '',
    '+44 20 7946 0958 12',
  ])('rejects the phone number %j', (p) => {
    expect(accepts(Phone, p)).toBe(false);
  });

  it.each([
    ['60614', true],
    ['60614-1234', true],
    [' 60614 ', true],
    ['6061', false],
    ['606145', false],
    ['60614-12', false],
    ['ABCDE', false],
    ['60614 1234', false],
  ])('ZIP code %j valid: %s', (zip, valid) => {
    const r = Practice.safeParse({ ...practice, postalCode: zip });
    expect(r.success).toBe(valid);
    if (!r.success) expect(r.error.issues.map((i) => i.path.join('.'))).toEqual(['postalCode']);
  });

  it.each(['America/Chicago', 'America/New_York', 'Pacific/Honolulu', 'America/Puerto_Rico', 'America/Anchorage'])(
    'accepts the time zone %s',
    (tz) => {
      expect(accepts(TimeZone, tz)).toBe(true);
    },
  );

  it.each(['UTC', 'EST', 'Mars/Olympus_Mons', 'America/Chicag', '', 'chicago'])('rejects the time zone %j', (tz) => {
    expect(accepts(TimeZone, tz)).toBe(false);
  });

  it('accepts ordinary email addresses (trimmed) and rejects malformed ones', () => {
    expect(Email.parse('  privacy@lakeviewfm.example.org ')).toBe('privacy@lakeviewfm.example.org');
    for (const bad of ['not-an-email', 'a@', '@example.org', 'a b@example.org', 'a@b', ''])
      expect(accepts(Email, bad), bad).toBe(false);
  });

  it('accepts an empty website or an http(s) address only (https:// may be left off)', () => {
    for (const ok of [
      '',
      'https://lakeviewfm.example.org',
      'http://clinic.example.com/privacy',
      'lakeviewfm.example.org',
    ])
      expect(accepts(Website, ok), ok).toBe(true);
    for (const bad of ['javascript:alert(1)', 'ftp://files.example.org', 'https://localhost', 'https://exa mple.org']) {
      expect(accepts(Website, bad), bad).toBe(false);
    }
  });

  it('normalises usernames to trimmed lower case and allows only a safe alphabet', () => {
    expect(Username.parse('  Dana.Whitfield ')).toBe('dana.whitfield');
    for (const bad of ['ab', 'has space', 'ümlaut', 'semi;colon', 'x'.repeat(65)])
      expect(accepts(Username, bad), bad).toBe(false);
  });

  it('measures passwords and passphrases after NFC normalisation, 12 to 1,024 characters', () => {
    expect(Password.parse('cafe\u0301-password')).toBe('caf\u00e9-password');
    expect(accepts(Password, 'x'.repeat(11))).toBe(false);
    expect(accepts(Password, 'x'.repeat(12))).toBe(true);
    expect(accepts(Password, 'x'.repeat(1024))).toBe(true);
    expect(accepts(Password, 'x'.repeat(1025))).toBe(false);
    expect(accepts(Password, 'abcdefghij' + 'e\u0301')).toBe(false);
    expect(accepts(Passphrase, 'short phrase')).toBe(true);
    expect(accepts(Passphrase, 'short')).toBe(false);
  });

  it('names the nested path of a bad privacy-officer field', () => {
    const r = Practice.safeParse({ ...practice, privacyOfficer: { ...practice.privacyOfficer, phone: '555' } });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.path.join('.'))).toEqual(['privacyOfficer.phone']);
  });
});

describe('the contract', () => {
  it('gives every method input and output schemas, a boolean phi flag and a valid access rule', () => {
    expect(METHOD_NAMES.length).toBeGreaterThan(10);
    for (const name of METHOD_NAMES) {
      const def = contract[name];
      expect(def.input, name).toBeInstanceOf(z.ZodType);
      expect(def.output, name).toBeInstanceOf(z.ZodType);
      expect(typeof def.phi, name).toBe('boolean');
      if (typeof def.access === 'string') expect(['public', 'session'], name).toContain(def.access);
      else {
        expect(def.access.length, name).toBeGreaterThan(0);
        for (const role of def.access) expect(ROLES, name).toContain(role);
      }
    }
  });

  it('names every method area.verb in camelCase, each with its own IPC channel', () => {
    for (const name of METHOD_NAMES) expect(name).toMatch(/^[a-z]+\.[a-z][A-Za-z]*$/);
    expect(new Set(METHOD_NAMES.map(ipcChannel)).size).toBe(METHOD_NAMES.length);
  });

  it('keeps every PHI method behind a role check (never public, never session-only)', () => {
    const phi = METHOD_NAMES.filter((m) => contract[m].phi);
    expect(phi.length).toBeGreaterThan(0);
    for (const m of phi) expect(Array.isArray(contract[m].access), m).toBe(true);
  });

  it('has exactly the expected public methods: status, unseal, setup, enrolment, sign-in and passphrase recovery', () => {
    expect(METHOD_NAMES.filter((m) => contract[m].access === 'public').sort()).toEqual([
      'app.status',
      'app.unseal',
      'auth.login',
      'setup.enrol',
      'setup.initialize',
      'users.recoverWithPassphrase',
    ]);
  });

  it('recognises only its own method names (no prototype keys)', () => {
    for (const name of METHOD_NAMES) expect(isMethodName(name)).toBe(true);
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'patients', 'patients.'])
      expect(isMethodName(name), name).toBe(false);
  });

  it('caps free-text inputs so a huge string is refused at the door', () => {
    const huge = 'x'.repeat(100_000);
    expect(contract['auth.login'].input.safeParse({ username: 'admin', password: huge }).success).toBe(false);
    expect(contract['patients.search'].input.safeParse({ query: huge, limit: 5 }).success).toBe(false);
    expect(contract['app.unseal'].input.safeParse({ passphrase: huge }).success).toBe(false);
  });
});

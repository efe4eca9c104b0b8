// The sentences a field check can give, in English, each under a stable code: the core and the CLI print the
// English, the UI shows its catalog's sentence for the code (shared/i18n/locales/<lang>/validation.json).
// Messages with a number (a length, a count) follow fixed templates so the UI can read the number back.
import { z } from 'zod';
import { PHONE_PROBLEMS } from '../domain/phone';
import { WEB_ADDRESS_PROBLEMS } from '../domain/web-address';

export const FIELD_MESSAGES = {
  required: 'Required',
  dateFormat: 'Use the form YYYY-MM-DD',
  dateReal: 'Not a real calendar date',
  mrnChars: 'Use letters, digits and dashes',
  usernameChars: 'Use letters, digits, dot, dash or underscore',
  email: 'Enter an email address like name@example.org',
  timeZone: 'Choose a time zone such as America/Chicago',
  usState: 'Choose a US state',
  zip: 'Enter a ZIP code like 60614 or 60614-1234',
  invalid: 'Check this entry',
  idleLockMin: 'At least 1 minute',
  idleLockMax: 'At most 60 minutes',
  phoneDigits: PHONE_PROBLEMS.digits,
  phoneAreaCode: PHONE_PROBLEMS['area-code'],
  phoneExchange: PHONE_PROBLEMS.exchange,
  webSpace: WEB_ADDRESS_PROBLEMS.space,
  webScheme: WEB_ADDRESS_PROBLEMS.scheme,
  webHost: WEB_ADDRESS_PROBLEMS.host,
  serverHost: 'Enter a server name or address like db.example.org or 192.168.1.20',
  portRange: 'Use a port from 1 to 65535',
  serverTlsRequired: 'A server on another computer needs an encrypted connection with its certificate checked',
} as const;
export type FieldMessageCode = keyof typeof FIELD_MESSAGES;

/** The templated messages, and how to read their number back out. */
export const FIELD_TEMPLATES = {
  tooLong: {
    text: (n: number) => `Use at most ${n.toLocaleString('en-US')} characters`,
    pattern: /^Use at most ([\d,]+) characters$/,
  },
  tooShort: {
    text: (n: number) => `Use at least ${n.toLocaleString('en-US')} characters`,
    pattern: /^Use at least ([\d,]+) characters$/,
  },
  atMost: { text: (n: number) => `At most ${n.toLocaleString('en-US')}`, pattern: /^At most ([\d,]+)$/ },
  atLeast: { text: (n: number) => `At least ${n.toLocaleString('en-US')}`, pattern: /^At least ([\d,]+)$/ },
} as const;
export type FieldTemplateCode = keyof typeof FIELD_TEMPLATES;

/** A field message as a catalog code and its number, or null for a message not written here. */
export const fieldMessageCode = (
  message: string,
): { code: FieldMessageCode | FieldTemplateCode; count?: number } | null => {
  for (const [code, text] of Object.entries(FIELD_MESSAGES)) {
    if (text === message) return { code: code as FieldMessageCode };
  }
  for (const [code, { pattern }] of Object.entries(FIELD_TEMPLATES)) {
    const match = pattern.exec(message);
    if (match?.[1] !== undefined)
      return { code: code as FieldTemplateCode, count: Number(match[1].replaceAll(',', '')) };
  }
  return null;
};

// Checks without a message of their own (a `.max(200)`) say it in the templates above, on both sides of every door.
z.config({
  customError: (issue) => {
    if (issue.code === 'too_big' && issue.origin === 'string')
      return FIELD_TEMPLATES.tooLong.text(Number(issue.maximum));
    if (issue.code === 'too_small' && issue.origin === 'string') {
      return Number(issue.minimum) <= 1
        ? FIELD_MESSAGES.required
        : FIELD_TEMPLATES.tooShort.text(Number(issue.minimum));
    }
    if (issue.code === 'too_big' && issue.origin === 'number')
      return FIELD_TEMPLATES.atMost.text(Number(issue.maximum));
    if (issue.code === 'too_small' && issue.origin === 'number')
      return FIELD_TEMPLATES.atLeast.text(Number(issue.minimum));
    if (issue.code === 'invalid_type' && issue.input === undefined) return FIELD_MESSAGES.required;
    return undefined;
  },
});

// The one rule for US phone numbers: reading them as people type them, and the one form they are stored and
// printed in. The stored form IS the printed form, "(312) 555-0147" or "(312) 555-0147 ext. 12", so databases
// and published snapshots stay readable as they are; numbers saved before this rule are formatted at print time.

export interface UsPhone {
  /** Area code, exchange and line: 10 digits, no leading 1. */
  digits: string;
  /** Extension digits, if any. */
  extension: string | null;
}

export type PhoneProblem = 'digits' | 'area-code' | 'exchange';

export const PHONE_PROBLEMS: Record<PhoneProblem, string> = {
  digits: 'Enter a 10-digit US phone number, e.g. (312) 555-0147, with "ext. 12" after it if needed',
  'area-code':
    'That area code is not a US area code (it cannot start with 0 or 1, or be a service code like 911): check the first three digits',
  exchange: 'The three digits after the area code cannot start with 0 or 1: check the number',
};

// "x12", "ext 12", "ext. 12", "extension 12", "#12", ", 12" after the number.
const EXTENSION = /^(.*?)\s*(?:x|ext\.?|extension|#|,)\s*(\d{1,6})$/i;
const NUMBER_CHARS = /^\+?[\d\s().-]+$/;

/** Reads a typed US number; a problem code when it cannot be a dialable US number. */
export const parsePhone = (typed: string): UsPhone | PhoneProblem => {
  const trimmed = typed.trim();
  const ext = EXTENSION.exec(trimmed);
  const main = ext?.[1] ?? trimmed;
  if (!NUMBER_CHARS.test(main)) return 'digits';
  let digits = main.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  if (digits.length !== 10) return 'digits';
  // NANP: area code and exchange are NXX (N = 2–9); N11 codes (411, 911, …) are services, not areas.
  if (!/^[2-9]/.test(digits) || /^.11/.test(digits)) return 'area-code';
  if (!/^[2-9]/.test(digits.slice(3))) return 'exchange';
  return { digits, extension: ext?.[2] ?? null };
};

export const formatUsPhone = ({ digits, extension }: UsPhone): string =>
  `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}${extension ? ` ext. ${extension}` : ''}`;

/** The printed form of a stored number; text that is not a US number (saved before this rule) prints as it is. */
export const printPhone = (stored: string): string => {
  const parsed = parsePhone(stored);
  return typeof parsed === 'string' ? stored : formatUsPhone(parsed);
};

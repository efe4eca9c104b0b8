// The common-password blocklist (NIST SP 800-63B §5.1.1.2): the 49,233 passwords @zxcvbn-ts/language-common
// ships as a data file, read once on first use. It stays in the core, so the renderer bundle never carries it.
import { createRequire } from 'node:module';

let listed: ReadonlySet<string> | null = null;

// Loaded at run time from node_modules (a runtime dependency, external to the main build), not bundled; a plain
// require call, so the packaging check sees the package among those the main process loads.
const requirePackage = createRequire(import.meta.url);

const load = (): ReadonlySet<string> => {
  if (listed) return listed;
  const words = requirePackage('@zxcvbn-ts/language-common/src/passwords.json') as unknown;
  if (!Array.isArray(words) || words.length < 10_000)
    throw new Error('the common-password list in @zxcvbn-ts/language-common is damaged');
  listed = new Set(words.map((w) => String(w).normalize('NFC').toLowerCase()));
  return listed;
};

/** Digits, punctuation, symbols and spaces tacked on the end: "password1234!" is still "password". */
const DECORATION = /[\p{N}\p{P}\p{S}\s]+$/u;
const ONE_CHARACTER_REPEATED = /^(.)\1*$/su;

/**
 * Whether a new password or passphrase is too common to accept: on the list (case-insensitive, after NFC),
 * a listed password with only digits or symbols added at the end, or one character repeated.
 */
export const isCommonPassword = (candidate: string): boolean => {
  const text = candidate.normalize('NFC').toLowerCase();
  if (ONE_CHARACTER_REPEATED.test(text)) return true;
  const list = load();
  if (list.has(text)) return true;
  // Every prefix that leaves only decoration behind: "1234567890123" is the listed "1234567890" plus "123".
  const decorated = text.length - (DECORATION.exec(text)?.[0].length ?? 0);
  for (let end = Math.max(decorated, 1); end < text.length; end += 1) if (list.has(text.slice(0, end))) return true;
  return false;
};

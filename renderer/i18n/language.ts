// Which language the UI speaks: the signed-in user's choice, else the one picked on this computer before sign-in,
// else the operating system's (navigator.languages follows the OS in Electron and the browser's in browser mode).
import { LANGUAGES, type Language } from '../../shared/contract/notice-content';

export type UiLanguage = Language;
export const UI_LANGUAGES = LANGUAGES;

const STORAGE_KEY = 'privacy-desk.language';

export const isUiLanguage = (value: unknown): value is UiLanguage =>
  typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);

/** The first OS language we have a catalog for (by primary subtag: es-US, es-MX → es), else English. */
export const osLanguage = (preferred: readonly string[] = navigator.languages): UiLanguage => {
  for (const tag of preferred) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isUiLanguage(primary)) return primary;
  }
  return 'en';
};

/** The choice made on the sign-in screen of this computer; only a language code, never anything about a user. */
export const storedLanguage = (): UiLanguage | null => {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isUiLanguage(value) ? value : null;
  } catch {
    return null;
  }
};

export const storeLanguage = (language: UiLanguage): void => {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be unavailable (private window); the choice then lasts for this page only.
  }
};

export const initialLanguage = (): UiLanguage => storedLanguage() ?? osLanguage();

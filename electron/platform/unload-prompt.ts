// Closing the window (or reloading) with unsaved work: the renderer refuses the unload in `beforeunload`
// (renderer/features/shell/unsaved-work.ts), Electron reports that as `will-prevent-unload`, and this asks the
// user with a native dialog. Leaving lets the unload go ahead (preventDefault ignores the page's refusal);
// staying keeps the window and the typed text.
import { dialog, type BrowserWindow } from 'electron';

const WORDS = {
  en: {
    title: 'Leave without saving?',
    message: 'Leave without saving?',
    detail: 'You have changes that are not saved yet. If you leave now, they are lost.',
    leave: 'Leave without saving',
    stay: 'Stay',
  },
  es: {
    title: '¿Salir sin guardar?',
    message: '¿Salir sin guardar?',
    detail: 'Tiene cambios que aún no se han guardado. Si sale ahora, se perderán.',
    leave: 'Salir sin guardar',
    stay: 'Quedarse',
  },
} as const;

/** The dialog's language from the OS locale (the main process does not know the page's choice). */
export const unloadPromptWords = (locale: string) => (locale.toLowerCase().startsWith('es') ? WORDS.es : WORDS.en);

export const askBeforeUnload = (win: BrowserWindow, locale: string): void => {
  const words = unloadPromptWords(locale);
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      title: words.title,
      message: words.message,
      detail: words.detail,
      buttons: [words.stay, words.leave],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    if (choice === 1) event.preventDefault();
  });
};

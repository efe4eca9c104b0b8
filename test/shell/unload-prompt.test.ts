// Closing the desktop window with unsaved work asks first: main.ts wires the window's `will-prevent-unload`
// (the page refused to unload in beforeunload) to a native "Leave without saving?" dialog.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake());
vi.mock('../../electron/core/create-core', () => ({
  openCore: vi.fn(() =>
    Promise.resolve({
      dispatch: vi.fn(() => Promise.resolve({ ok: true, value: null })),
      endSession: vi.fn(),
      lockAll: vi.fn(),
      close: vi.fn(() => Promise.resolve()),
    }),
  ),
}));

const fake = await import('./electron-fake');
const { unloadPromptWords } = await import('../../electron/platform/unload-prompt');
await import('../../electron/main');

const mainWindow = async () => {
  await vi.waitFor(() => expect(fake.captured.windows.length).toBeGreaterThan(0), { timeout: 30_000, interval: 5 });
  const win = fake.captured.windows[0];
  if (!win) throw new Error('no window');
  return win;
};

/** The page refused to unload: Electron emits will-prevent-unload; did the shell let the unload go ahead? */
const refuseUnload = async (answer: number) => {
  fake.dialog.showMessageBoxSync.mockReturnValueOnce(answer);
  const event = { preventDefault: vi.fn() };
  (await mainWindow()).webContents.emit('will-prevent-unload', event);
  return event.preventDefault.mock.calls.length > 0;
};

beforeEach(() => fake.dialog.showMessageBoxSync.mockClear());

describe('closing the window with unsaved work', () => {
  it('asks "Leave without saving?", with Stay as the default and the Escape answer', async () => {
    await refuseUnload(0);
    const [win, options] = fake.dialog.showMessageBoxSync.mock.calls[0] ?? [];
    expect(win).toBe(await mainWindow());
    expect(options).toMatchObject({
      message: 'Leave without saving?',
      buttons: ['Stay', 'Leave without saving'],
      defaultId: 0,
      cancelId: 0,
    });
  });

  it('keeps the window (and the typed text) when the user stays', async () => {
    expect(await refuseUnload(0)).toBe(false);
  });

  it('closes when the user chooses to leave', async () => {
    expect(await refuseUnload(1)).toBe(true);
  });

  it('asks in Spanish on a Spanish system', () => {
    expect(unloadPromptWords('es-US').message).toBe('¿Salir sin guardar?');
    expect(unloadPromptWords('en-GB').message).toBe('Leave without saving?');
  });
});

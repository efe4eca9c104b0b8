// Unsaved work across the whole window: which screens hold typed-but-unsaved text, and what it is. It drives
// three ways of leaving that are not navigation inside the app (leave-guard.tsx covers those):
// - closing the tab or reloading (`beforeunload`; the desktop shell turns it into a native question,
//   electron/main.ts `will-prevent-unload`);
// - "Sign out" on the lock screen, which sends the pending drafts with `auth.logout` so the core saves them
//   before the session ends (only the locked user's own screen can have typed them).
// A window has one app, so the registry is per module rather than per React tree: the lock screen, the frame and
// the editor need not share a provider, and a screen's registration ends when it unmounts.
import { useEffect, useRef } from 'react';
import type { NoticeContent } from '../../../shared/contract/notice-content';

/** What a screen would lose if the window closed now. */
export interface PendingWork {
  noticeDrafts: { id: number; content: NoticeContent }[];
}

export interface UnsavedWorkSource {
  dirty: boolean;
  pending: () => PendingWork;
}

const sources = new Set<{ current: UnsavedWorkSource }>();

/** Whether any mounted screen has unsaved work now. */
export const hasUnsavedWork = (): boolean => [...sources].some((s) => s.current.dirty);

/** The unsaved work of every dirty screen, merged (one entry per draft id, the last registered wins). */
export const collectPendingWork = (): PendingWork => {
  const drafts = new Map<number, NoticeContent>();
  for (const source of sources) {
    if (!source.current.dirty) continue;
    for (const draft of source.current.pending().noticeDrafts) drafts.set(draft.id, draft.content);
  }
  return { noticeDrafts: [...drafts].map(([id, content]) => ({ id, content })) };
};

// Browsers show their own generic question (any text is ignored). Electron only sees a refused unload through
// `returnValue` (its will-prevent-unload event), so both are set.
const onBeforeUnload = (event: BeforeUnloadEvent): void => {
  if (!hasUnsavedWork()) return;
  event.preventDefault();
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- still how Electron and older browsers are told
  event.returnValue = '';
};

/**
 * Registers the calling screen's unsaved work while it is mounted. `pending` is read only when needed (at sign-out),
 * so it may be a fresh closure on every render.
 */
export function useUnsavedWork(source: UnsavedWorkSource): void {
  const ref = useRef(source);
  useEffect(() => {
    ref.current = source;
  });
  useEffect(() => {
    const entry = ref;
    sources.add(entry);
    if (sources.size === 1) window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      sources.delete(entry);
      if (sources.size === 0) window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);
}

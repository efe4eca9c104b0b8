// Work never lost: the draft saves itself AUTOSAVE_MS after the last keystroke (notices.updateDraft), Ctrl+S or
// Save saves at once, and one save runs at a time (a change made while one is in flight is saved after it). A
// failed save changes nothing on screen: the text stays, the state says "Unsaved changes", and the next
// keystroke or Ctrl+S tries again. While the session is locked nothing is sent (the lock screen's Sign out hands
// the text to the core through useUnsavedWork); after unlocking, the autosave picks up where it was.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NoticeContent } from '../../../../shared/contract/notice-content';
import type { NoticeVersion } from '../../../../shared/contract/notices';
import type { AppError } from '../../../../shared/result';
import { useApiAction } from '../../../hooks/use-api-action';
import { useSession } from '../../session/session-context';

/** Long enough not to save in the middle of a word, short enough that little is at risk. */
export const AUTOSAVE_MS = 2_000;

export type SaveState = 'saved' | 'saving' | 'unsaved';

export interface Autosave {
  state: SaveState;
  dirty: boolean;
  error: AppError | null;
  /** Saves now; true when what is on screen is saved. */
  saveNow: () => Promise<boolean>;
}

export const useAutosave = (
  id: number,
  content: NoticeContent,
  initial: NoticeContent,
  onSaved: (v: NoticeVersion) => void,
): Autosave => {
  const { locked } = useSession();
  const update = useApiAction('notices.updateDraft');
  const { run: send } = update;
  const [saved, setSaved] = useState<NoticeContent>(initial);
  /** The text whose save failed: not retried on a timer until it changes. */
  const [failed, setFailed] = useState<NoticeContent | null>(null);
  const latest = useRef(content);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    latest.current = content;
    onSavedRef.current = onSaved;
  });
  const dirty = content !== saved;

  const saveNow = useCallback(async (): Promise<boolean> => {
    // One save at a time: wait for the one in flight, then save whatever changed meanwhile.
    if (inFlight.current) await inFlight.current;
    const sent = latest.current;
    const run = (async () => {
      const result = await send({ id, content: sent });
      if (!result.ok) {
        // A save refused by the lock is not a failure of this text: it is sent again once unlocked.
        if (result.error.code !== 'LOCKED') setFailed(sent);
        return false;
      }
      setFailed(null);
      setSaved(sent);
      onSavedRef.current(result.value);
      return latest.current === sent;
    })();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      if (inFlight.current === run) inFlight.current = null;
    }
  }, [id, send]);

  // Each change restarts the clock; nothing is scheduled while the text is saved, nor for a text whose save just
  // failed (a failing save is not retried in a loop; the next keystroke or Ctrl+S tries again).
  // While locked nothing is sent; unlocking restarts the clock for what is still unsaved.
  useEffect(() => {
    if (!dirty || locked || content === failed) return undefined;
    const timer = setTimeout(() => void saveNow(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [content, dirty, locked, failed, saveNow]);

  return { state: update.pending ? 'saving' : dirty ? 'unsaved' : 'saved', dirty, error: update.error, saveNow };
};

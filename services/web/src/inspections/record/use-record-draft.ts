import { useCallback, useEffect, useRef, useState } from 'react';
import { loadDraft, removeDraft, saveDraft, type RecordDraft } from './draft';

export interface DraftState {
  draft: RecordDraft | null;
  /** The draft was found on the device (a reload, a return to the page). */
  restored: boolean;
  saving: boolean;
  savedAt: Date | null;
  saveFailed: boolean;
  /** Applies a change and writes the draft to the device; resolves with the draft as written. */
  update: (change: Partial<RecordDraft>) => Promise<RecordDraft>;
  discard: () => Promise<void>;
}

/** Writes of one draft in order (each waits for the one before it), with what the status bar says. */
function useDraftWriter(key: string) {
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const writes = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef(0);
  const persist = useCallback(
    (d: RecordDraft) => {
      pending.current += 1;
      setSaving(true);
      writes.current = writes.current
        .then(() => saveDraft(key, d))
        .then(
          () => {
            setSaveFailed(false);
            setSavedAt(new Date());
          },
          () => setSaveFailed(true),
        )
        .finally(() => {
          pending.current -= 1;
          if (!pending.current) setSaving(false);
        });
      return writes.current;
    },
    [key],
  );
  const settled = useCallback(() => writes.current, []);
  return { saving, savedAt, setSavedAt, saveFailed, persist, settled };
}

/**
 * The record's draft in IndexedDB, written at every change, so what the screen shows is what a
 * reload brings back.
 */
export function useRecordDraft(key: string, fresh: () => RecordDraft): DraftState {
  const [draft, setDraft] = useState<RecordDraft | null>(null);
  const [restored, setRestored] = useState(false);
  const latest = useRef<RecordDraft | null>(null);
  const makeFresh = useRef(fresh);
  const { saving, savedAt, setSavedAt, saveFailed, persist, settled } = useDraftWriter(key);

  useEffect(() => {
    let live = true;
    void loadDraft(key)
      .catch(() => undefined)
      .then((found) => {
        if (!live) return;
        const d = found ?? makeFresh.current();
        latest.current = d;
        setDraft(d);
        setRestored(!!found);
        if (found) setSavedAt(new Date());
        else void persist(d);
      });
    return () => {
      live = false;
    };
  }, [key, persist, setSavedAt]);

  const update = useCallback(
    async (change: Partial<RecordDraft>) => {
      if (!latest.current) throw new Error('draft not loaded');
      const next = { ...latest.current, ...change };
      latest.current = next;
      setDraft(next);
      await persist(next);
      return next;
    },
    [persist],
  );

  const discard = useCallback(async () => {
    await settled();
    await removeDraft(key);
  }, [key, settled]);

  return { draft, restored, saving, savedAt, saveFailed, update, discard };
}

'use client';
// Saves a draft a few seconds after the last change. One save at a time: a manual save waits for
// an autosave in flight (idle()), so the two never race each other into a false conflict.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AutosaveState, Conflict } from './editor-types';

export type AutosaveStatus =
  | { kind: 'idle' }
  | { kind: 'waiting' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'conflict'; conflict: Conflict }
  | { kind: 'error'; message: string };

type Options = {
  enabled: boolean;
  /** Everything the save would send, as one string: a change in it is a change worth saving. */
  snapshot: string;
  save: () => Promise<AutosaveState>;
  delayMs?: number;
};

export function useAutosave({ enabled, snapshot, save, delayMs = 3000 }: Options) {
  const [status, setStatus] = useState<AutosaveStatus>({ kind: 'idle' });
  const lastSaved = useRef(snapshot);
  const current = useRef(snapshot);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const stopped = useRef(false);
  useEffect(() => {
    current.current = snapshot;
  }, [snapshot]);

  const run = useCallback(async () => {
    timer.current = null;
    if (stopped.current || current.current === lastSaved.current) return;
    const sent = current.current;
    setStatus({ kind: 'saving' });
    const work = save()
      .then((result) => {
        if (result.status === 'done') {
          lastSaved.current = sent;
          setStatus({ kind: 'saved', at: result.savedAt ?? '' });
        } else if (result.status === 'conflict' && result.conflict) {
          // Nothing more is saved automatically: the person decides what to keep.
          stopped.current = true;
          setStatus({ kind: 'conflict', conflict: result.conflict });
        } else {
          setStatus({ kind: 'error', message: result.message });
        }
      })
      .catch(() =>
        setStatus({ kind: 'error', message: 'Autosave failed; your text is still here. Save by hand.' }),
      )
      .finally(() => {
        inFlight.current = null;
      });
    inFlight.current = work;
    await work;
  }, [save]);

  useEffect(() => {
    if (!enabled || stopped.current || snapshot === lastSaved.current) return;
    setStatus((s) => (s.kind === 'saving' ? s : { kind: 'waiting' }));
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      // A save still running delays the next one rather than overlapping it.
      void (inFlight.current ?? Promise.resolve()).then(run);
    }, delayMs);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [enabled, snapshot, delayMs, run]);

  /** Cancels a pending autosave and resolves when none is running. */
  const idle = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    await inFlight.current;
  }, []);

  /** After a manual save: what is on screen is saved, and autosave may run again. */
  const markSaved = useCallback((saved: string, at?: string) => {
    lastSaved.current = saved;
    stopped.current = false;
    setStatus(at ? { kind: 'saved', at } : { kind: 'idle' });
  }, []);

  const stop = useCallback(() => {
    stopped.current = true;
    if (timer.current) clearTimeout(timer.current);
  }, []);

  return { status, idle, markSaved, stop };
}

'use client';
// The live part of a cached article page (DESIGN.md §1): one POST per page view records the view
// and answers the current numbers, which replace the ones frozen into the cached HTML.
import { useLocale, useTranslations } from 'next-intl';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { formatCount } from '@/lib/i18n/locales';
import type { LiveState } from './types';

type LiveContextValue = {
  state: LiveState;
  /** Whether the numbers came from the server for this view (false while loading, in preview, without JS). */
  live: boolean;
  preview: boolean;
  update: (next: Partial<LiveState>) => void;
};

const LiveContext = createContext<LiveContextValue | null>(null);

export function useLiveArticle(): LiveContextValue {
  const value = useContext(LiveContext);
  if (!value) throw new Error('useLiveArticle must be used inside <LiveCounters>');
  return value;
}

type LiveCountersProps = {
  articleId: number;
  initial: LiveState;
  /** Staff preview: show the numbers as they are, record nothing. */
  preview?: boolean;
  children: ReactNode;
};

export function LiveCounters({ articleId, initial, preview = false, children }: LiveCountersProps) {
  const [state, setState] = useState(initial);
  const [live, setLive] = useState(false);
  // StrictMode runs effects twice in development; a ref survives that, so one view sends one POST.
  const sent = useRef(false);

  const update = useCallback((next: Partial<LiveState>) => setState((s) => ({ ...s, ...next })), []);

  const refresh = useCallback(async () => {
    try {
      // POST, never GET: a prefetch, a HEAD or a crawler following links must not count as a view.
      const response = await fetch(`/api/articles/${articleId}/live`, {
        method: 'POST',
        headers: { Accept: 'application/json' },
        cache: 'no-store',
        credentials: 'same-origin',
      });
      if (!response.ok) return;
      const data = (await response.json()) as LiveState;
      setState(data);
      setLive(true);
    } catch {
      // Offline or the server is away: the cached numbers stay, which is the best we have.
    }
  }, [articleId]);

  useEffect(() => {
    if (preview || sent.current) return;
    sent.current = true;
    void refresh();
  }, [preview, refresh]);

  useEffect(() => {
    if (preview) return;
    // A page restored from the back/forward cache runs no effects; refresh its numbers (the server
    // still counts the reader at most once per 30 minutes). No unload handler, so bfcache stays usable.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) void refresh();
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [preview, refresh]);

  return <LiveContext.Provider value={{ state, live, preview, update }}>{children}</LiveContext.Provider>;
}

/** "Read N times", live once the view is recorded. */
export function ReadCount({ className }: { className?: string }) {
  const { state } = useLiveArticle();
  const t = useTranslations('Live');
  const locale = useLocale();
  return (
    <p className={className}>
      {t.rich('readTimes', {
        count: state.views,
        shown: formatCount(state.views, locale),
        views: (chunks) => <span data-testid="view-count">{chunks}</span>,
      })}
    </p>
  );
}

'use client';
// "Most read" below the article. The article's HTML is cached for an hour (ISR), the lists change
// every few minutes, so they are fetched after load from GET /most-read.json (cached, the same for
// every article) instead of being frozen into each page. Without JavaScript the block is simply
// absent: the front page has it in its HTML, and the article reads the same either way.
import { useEffect, useState } from 'react';
import { MostRead } from './most-read';
import type { MostReadLabels, MostReadLink, MostReadLists } from './types';
import styles from './most-read.module.css';

/** `edition`: another edition's tag (null for the default), `prefix` its path prefix ("" or "/id"). */
export function MostReadLive({
  edition,
  prefix,
  labels,
}: {
  edition: string | null;
  prefix: string;
  labels: MostReadLabels;
}) {
  const [lists, setLists] = useState<MostReadLists | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const url =
      edition === null ? '/most-read.json' : `/most-read.json?edition=${encodeURIComponent(edition)}`;
    fetch(url, { signal: controller.signal, credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : null))
      .then((data: unknown) => setLists(readLists(data)))
      .catch(() => {
        // Offline, navigated away or the server is busy: the block is extra, so it stays out.
      });
    return () => controller.abort();
  }, [edition]);

  if (!lists) return null;
  return (
    <MostRead
      today={lists.today}
      week={lists.week}
      prefix={prefix}
      labels={labels}
      className={styles.belowArticle}
    />
  );
}

/** Only well-formed entries are shown, whatever came back. */
function readLists(data: unknown): MostReadLists | null {
  if (typeof data !== 'object' || data === null) return null;
  const { today, week } = data as Record<string, unknown>;
  return { today: readEntries(today), week: readEntries(week) };
}

function readEntries(value: unknown): MostReadLink[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (e): e is MostReadLink =>
      typeof e?.id === 'number' && typeof e?.slug === 'string' && typeof e?.title === 'string',
  );
}

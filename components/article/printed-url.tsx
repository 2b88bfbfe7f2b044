'use client';
// The cached HTML cannot know the host it is served under, so the server renders the configured
// site URL and the browser swaps in the address the reader actually used.
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

export function PrintedUrl({ path, fallback }: { path: string; fallback: string }) {
  const url = useSyncExternalStore(
    subscribe,
    () => `${window.location.origin}${path}`,
    () => fallback,
  );
  return <>{url}</>;
}

'use client';
// The cached HTML cannot know the host it is served under, so the server renders the configured
// site URL and the browser swaps in the address the reader actually used.
import { useEffect, useState } from 'react';

export function PrintedUrl({ path, fallback }: { path: string; fallback: string }) {
  const [url, setUrl] = useState(fallback);
  useEffect(() => setUrl(`${window.location.origin}${path}`), [path]);
  return <>{url}</>;
}

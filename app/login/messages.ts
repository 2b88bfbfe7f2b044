/** "Too many failed sign-in attempts. Try again in 14 minutes." (rounded up, never "0 minutes"). */
export function throttledMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many failed sign-in attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}

/** Only a path on this site, so a crafted link cannot send someone elsewhere after signing in. */
export function safeCallbackUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return '/newsroom';
  return value;
}

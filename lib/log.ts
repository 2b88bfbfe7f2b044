// Server code's logger (see lib/logger.mjs for the format) and the request id that
// scripts/serve.mjs gave the request being served, so an event's line can be matched to its
// request's line.
import 'server-only';
import { headers } from 'next/headers';
import { REQUEST_ID_HEADER, createLogger } from './logger.mjs';

export const log = createLogger();

/** The current request's id; undefined outside a request (a CLI tool, a test) or under `next dev`. */
export async function currentRequestId(): Promise<string | undefined> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Enough of a salted address hash to tell repeated attempts apart in a log, and no more. */
export function addressTag(addressHash: string): string {
  return addressHash.slice(0, 8);
}

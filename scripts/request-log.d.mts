// Types for scripts/request-log.mjs, for the unit tests that drive it.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

export function requestIdOf(req: IncomingMessage, trustProxy: boolean): string;
export function pathOf(url?: string): string;
export function logRequests(
  log: Logger,
  handle: (req: IncomingMessage, res: ServerResponse) => unknown,
  trustProxy?: boolean,
): RequestListener;

// Types for lib/logger.mjs, which is JavaScript so that scripts/serve.mjs can import it unbuilt.
import type { DestinationStream, Logger } from 'pino';

export const REQUEST_ID_HEADER: string;
export const REDACT_PATHS: string[];
export function createLogger(destination?: DestinationStream): Logger;

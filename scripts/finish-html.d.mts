// Types for scripts/finish-html.mjs.
import type { HtmlFinishing } from './buffered-html.mjs';

type Address = { host: string; port: number };
type Log = { warn(fields: object, message: string): void };

export function htmlFinishing(address: () => Address, log: Log): HtmlFinishing;

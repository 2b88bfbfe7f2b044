// Types for scripts/buffered-html.mjs (plain JavaScript: scripts/serve.mjs runs without a compiler).
import type { IncomingMessage, ServerResponse } from 'node:http';

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

export type HtmlFinishing = {
  wanted(req: IncomingMessage): boolean;
  hold(req: IncomingMessage, res: ServerResponse): boolean;
  finish(req: IncomingMessage, res: ServerResponse, body: Buffer): Buffer | Promise<Buffer>;
};

export function decodeBody(encoded: Buffer, encoding: unknown): string;
export function isHtml(res: ServerResponse): boolean;
export function bufferHtml(handle: Handler, finishing: HtmlFinishing): Handler;

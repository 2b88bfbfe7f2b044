// The log line of every newsroom action (guarded-action.ts): which action, who, with what outcome,
// and the ids it was about, never the form's text (which may hold a password or an unpublished
// story). Publishing, moderation and staff changes are also in the audit log; this line is for
// whoever runs the server, beside the request's own line with the same request id.
import 'server-only';
import { currentRequestId, log } from '@/lib/log';

export type ActionOutcome = 'done' | 'invalid' | 'refused' | 'error';

type Logged = { name: string; actor: { id: number; role: string }; input: unknown };

// Input fields worth a log line: what was done and to what, all short ids or words.
const NOTED = ['intent', 'id', 'articleId', 'voteId', 'auditId', 'userId', 'scope', 'operation', 'role'];

// redirect() and notFound() are thrown on purpose: they end an action without it having failed.
function isNavigation(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && digest.startsWith('NEXT_');
}

export function notedInput(input: unknown): Record<string, string | number> {
  if (!input || typeof input !== 'object') return {};
  const out: Record<string, string | number> = {};
  for (const key of NOTED) {
    const value = (input as Record<string, unknown>)[key];
    if (typeof value === 'number' || (typeof value === 'string' && value.length <= 40)) out[key] = value;
  }
  return out;
}

export async function logAction(logged: Logged, outcome: ActionOutcome, error?: unknown): Promise<void> {
  const failed = outcome === 'error' && !isNavigation(error);
  const line = {
    event: 'action',
    reqId: await currentRequestId(),
    action: logged.name,
    actorId: logged.actor.id,
    actorRole: logged.actor.role,
    outcome: outcome === 'error' && !failed ? 'navigated' : outcome,
    ...notedInput(logged.input),
    ...(failed ? { err: error } : {}),
  };
  if (failed) log.error(line, 'action failed');
  else log.info(line, 'action');
}

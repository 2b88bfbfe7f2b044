// The one way to write a newsroom server action (as dub wraps every action in one client): check who
// is asking, parse the form with zod, run one data-layer call (which checks permissions again, DESIGN.md
// §5), expire the public pages it affected, and answer the form in the one FormState shape, with
// refusals mapped to field errors plus a summary. Actions declare what they need; none of them calls
// requireActor or updateTag by hand.
import 'server-only';
import { refresh, updateTag } from 'next/cache';
import type { z } from 'zod';
import { requireActor } from '@/auth';
import { tagsOf } from '@/app/cache-tags';
import type { Affected } from '@/db/affected';
import type { Actor } from '@/db/people/permissions';
import type { Role } from '@/db/schema';
import { DomainError, fieldErrorsFromZod } from '@/lib/errors';
import { logAction } from './action-log';
import { refusedState } from '@/lib/form-refusal';
import type { FormExtra, FormState } from '@/lib/form-state';

export type SignedInActor = Actor & { name: string; email: string };

type Spec<S extends z.ZodType, R, Extra extends FormExtra> = {
  /** What the log calls this action ("article.edit"), with the form's intent when it has one. */
  name: string;
  role: Role;
  schema: S;
  /**
   * Names for the values bound to the action before the form (`action.bind(null, id)`): they are
   * parsed by the schema with the form's fields, so a bound id is checked like a typed one.
   */
  bound?: readonly string[];
  /** The data-layer call. It refuses by throwing a DomainError. */
  run: (actor: SignedInActor, input: z.output<S>, data: FormData) => R | Promise<R>;
  /** What the write changed in public; those cache tags expire before the action answers. */
  affected?: (result: R, input: z.output<S>) => Affected;
  /** The answer after success: a message, or a message plus whatever else the form shows. */
  done: (result: R, input: z.output<S>) => string | (Partial<FormState<Extra>> & { message: string });
  /** Form fields echoed back on a refusal, so nothing typed is lost (never a password). */
  keep?: readonly string[];
  /** A refusal that needs more than a message (the editor's save conflicts), given the parsed input. */
  refused?: (
    error: unknown,
    values: Record<string, string>,
    input: z.output<S>,
  ) => FormState<Extra> | undefined;
  /** The summary when the form does not parse. */
  invalid?: string;
  /**
   * false when nothing beside the form shows the change (an autosave, an upload): the newsroom page
   * is then not rendered again.
   */
  refresh?: boolean;
  /**
   * The summary when the data layer refuses with errors on named fields, shown next to them; without
   * it, those fields' messages themselves (for a form that shows no field errors, like a row button).
   */
  summary?: string;
};

/** Expires every public page a write affected, for everyone, at once for the person who made it. */
export function expirePages(affected: Affected): void {
  for (const tag of tagsOf(affected)) updateTag(tag);
}

export function guardedAction<S extends z.ZodType, R, Extra extends FormExtra = FormExtra>(
  spec: Spec<S, R, Extra>,
): (...args: unknown[]) => Promise<FormState<Extra>> {
  return async (...args): Promise<FormState<Extra>> => {
    const actor = await requireActor(spec.role);
    const data = args.at(-1) as FormData;
    const values = keptValues(data, spec.keep);
    const parsed = spec.schema.safeParse({ ...formFields(data), ...boundFields(spec.bound, args) });
    const logged = { name: spec.name, actor, input: parsed.data };
    if (!parsed.success) {
      await logAction(logged, 'invalid');
      return refusal<Extra>(
        spec.invalid ?? 'Check the highlighted fields.',
        fieldErrorsFromZod(parsed.error),
        values,
      );
    }
    let result: R;
    try {
      result = await spec.run(actor, parsed.data, data);
    } catch (error) {
      const special = spec.refused?.(error, values, parsed.data);
      const refused = Boolean(special) || error instanceof DomainError;
      await logAction(logged, refused ? 'refused' : 'error', refused ? undefined : error);
      if (special) return special;
      if (error instanceof DomainError) return refusedState<Extra>(error, values, spec.summary);
      throw error;
    }
    await logAction(logged, 'done');
    if (spec.affected) expirePages(spec.affected(result, parsed.data));
    // The newsroom's own pages are rendered per request: show the change beside the form.
    if (spec.refresh !== false) refresh();
    const answer = spec.done(result, parsed.data);
    return {
      status: 'done',
      errors: {},
      ...(typeof answer === 'string' ? { message: answer } : answer),
    } as FormState<Extra>;
  };
}

function refusal<Extra extends FormExtra>(
  message: string,
  errors: FormState['errors'],
  values: Record<string, string>,
): FormState<Extra> {
  return { status: 'error', message, errors, values } as FormState<Extra>;
}

/** The form's text fields; files stay in the FormData for the run step that wants them. */
function formFields(data: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of data)
    if (typeof value === 'string' && !key.startsWith('$ACTION')) out[key] = value;
  return out;
}

function boundFields(names: readonly string[] = [], args: unknown[]): Record<string, unknown> {
  return Object.fromEntries(names.map((name, i) => [name, args[i]]));
}

function keptValues(data: FormData, keep: readonly string[] = []): Record<string, string> {
  return Object.fromEntries(keep.map((k) => [k, typeof data.get(k) === 'string' ? String(data.get(k)) : '']));
}

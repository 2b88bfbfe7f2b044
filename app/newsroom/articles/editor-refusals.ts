// What the editor's forms say when the data layer refuses a save (guardedAction's `refused` hook):
// a conflict with what the colleague changed, or field errors under the form's own field names.
// Other refusals (a permission, a move the workflow does not allow) say their own message.
import { StaleVersionError, type FieldChange } from '@/db/articles/editor';
import { newsroomTimeZone } from '@/lib/config';
import { ValidationError, type FieldErrors } from '@/lib/errors';
import { formatPublishDate } from '@/components/dates';
import type { AutosaveState, Conflict, EditorState } from '@/components/editor/editor-types';
import { LeadImageRefused } from './article-writes';

export const NOT_SAVED = 'Not saved: please fix the problems below.';

export function editorRefusal(error: unknown): EditorState | undefined {
  if (error instanceof StaleVersionError)
    return {
      status: 'conflict',
      message: 'Not saved: someone else saved this article first.',
      errors: {},
      conflict: conflictOf(error, newsroomTimeZone()),
    };
  if (error instanceof ValidationError)
    return { status: 'error', message: NOT_SAVED, errors: formErrors(error.fieldErrors) };
  if (error instanceof LeadImageRefused)
    return { status: 'error', message: error.message, errors: error.fieldErrors };
  return undefined;
}

/** An autosave's refusal shows in one line beside the buttons, so it names the fields. */
export function autosaveRefusal(error: unknown): AutosaveState | undefined {
  if (error instanceof StaleVersionError)
    return { status: 'conflict', message: '', errors: {}, conflict: conflictOf(error, newsroomTimeZone()) };
  if (error instanceof ValidationError) {
    const errors = formErrors(error.fieldErrors);
    const fields = Object.keys(errors).join(', ');
    return {
      status: 'error',
      message: `Not saved automatically: check ${fields}. Your text is still here.`,
      errors,
    };
  }
  return undefined;
}

/** The data layer names a few fields after its columns; the form names them after its controls. */
export function formErrors(fieldErrors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, messages] of Object.entries(fieldErrors)) {
    const key = field === 'leadImageId' ? 'leadImage' : field === '' ? 'form' : field.split('.')[0];
    (out[key] ??= []).push(...messages);
  }
  return out;
}

export function conflictOf(
  e: { currentVersion: number; savedBy: { name: string } | null; savedAt: number; changes: FieldChange[] },
  timeZone: string,
): Conflict {
  return {
    version: e.currentVersion,
    savedBy: e.savedBy?.name ?? 'another person',
    savedAt: formatPublishDate(e.savedAt, timeZone),
    changes: e.changes.map((c) => ({ ...c, before: clip(c.before), after: clip(c.after) })),
  };
}

const clip = (s: string) => (s.length > 400 ? `${s.slice(0, 400)}…` : s);

/** "09:41" on the newsroom's clock, for "Saved at 09:41". */
export function clockTime(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms);
}

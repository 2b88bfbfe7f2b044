// Short labels people read as identity (titles, bylines, tags, section names) must say what they
// show (issue 12): bidi overrides can reorder a title on screen, control characters and invisible
// characters can make two different strings look alike, or a title look empty.
import type { z } from 'zod';

/** Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), and the LRM/RLM/ALM marks. */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u;
/** C0 and C1 controls (tab and newline included: a one-line label has no use for them). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
/**
 * Characters that draw nothing: format characters (zero-width space and joiners, soft hyphen,
 * word joiner, BOM...), and the Hangul and Braille blanks often used as "invisible letters".
 */
const INVISIBLE = /[\p{Cf}\u115f\u1160\u3164\uffa0\u2800\u034f]/gu;
/** Whitespace, ordinary and exotic. */
const SPACE = /[\s\u180e]/gu;

/** A message when the text would disguise itself; null when it is fine. `what` names the field. */
export function disguisedTextProblem(text: string, what: string): string | null {
  if (BIDI.test(text)) return `${what} contains a text-direction control character, which is not allowed.`;
  if (CONTROL.test(text)) return `${what} contains a control character, which is not allowed.`;
  if (text.length > 0 && text.replace(INVISIBLE, '').replace(SPACE, '') === '')
    return `${what} is made only of invisible characters.`;
  return null;
}

/** The same check as a zod refinement, for the schemas of titles, tags and names. */
export function refuseDisguised(what: string) {
  return (text: string, ctx: z.RefinementCtx) => {
    const problem = disguisedTextProblem(text, what);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  };
}

// The moderation and stats components' own types and helpers. The rows they render are db/'s
// shapes (ArticleActivity, VoteRow, FlagKind, ArticleStats), imported from '@/db/types'.
import type { FlagKind } from '@/db/types';

/** A word for each flag, from db/moderation/flags.ts (labels, or the rules in full). */
export type FlagText = Record<FlagKind, string>;

// The one form shape (lib/form-state.ts), named here for the console's components.
export type { FormAction, FormState } from '@/lib/form-state';

export function formatAverage(average: number | null): string {
  return average === null ? '–' : average.toFixed(2);
}

import type { FormState } from '@/lib/form-state';

/** What the staff forms show besides the message: a new temporary password, set apart to copy. */
export type StaffExtra = { secret: string };
export type StaffFormState = FormState<StaffExtra>;

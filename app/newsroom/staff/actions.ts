'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireActor } from '@/auth';
import type { FormState } from '@/components/newsroom/form-state';
import { ValidationError } from '@/lib/errors';
import { PermissionError } from '@/db/people/permissions';
import { ROLES } from '@/db/schema';
import {
  changeRole,
  disableAccount,
  enableAccount,
  inviteOrCreateStaff,
  resetPassword,
} from '@/db/people/staff';
import { getUserById } from '@/db/people/users';

const newStaff = z.object({
  email: z.string(),
  name: z.string(),
  fullName: z.string(),
  role: z.enum(ROLES, { error: 'Choose a role.' }),
});

export async function createStaffAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireActor('admin');
  const raw = Object.fromEntries(form) as Record<string, string>;
  const fields = {
    email: raw.email ?? '',
    name: raw.name ?? '',
    fullName: raw.fullName ?? '',
    role: raw.role ?? '',
  };
  const parsed = newStaff.safeParse(raw);
  if (!parsed.success)
    return {
      errors: z.flattenError(parsed.error).fieldErrors,
      message: 'Check the highlighted fields.',
      fields,
    };
  try {
    const { user, temporaryPassword } = await inviteOrCreateStaff(actor, parsed.data);
    revalidatePath('/newsroom/staff');
    return {
      ok: true,
      errors: {},
      message: `Created ${user.name} (${user.email}) as ${user.role}. Temporary password: ${temporaryPassword}`,
      fields: { secret: temporaryPassword },
    };
  } catch (error) {
    return failure(error, fields);
  }
}

const rowAction = z.object({
  intent: z.enum(['role', 'disable', 'enable', 'reset']),
  userId: z.coerce.number().int().positive(),
  role: z.enum(ROLES).optional(),
});

/** One action for the buttons of every row, so the table shares one live message region. */
export async function staffRowAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireActor('admin');
  const parsed = rowAction.safeParse(Object.fromEntries(form));
  if (!parsed.success)
    return { errors: {}, message: 'That request was not understood. Reload the page and try again.' };
  const { intent, userId, role } = parsed.data;
  const name = getUserById(userId)?.name ?? 'that account';
  try {
    let message: string;
    let secret: string | undefined;
    if (intent === 'role') {
      if (!role) return { errors: {}, message: 'Choose a role.' };
      changeRole(actor, userId, role);
      message = `${name} is now ${role === 'admin' ? 'an' : 'a'} ${role}.`;
    } else if (intent === 'disable') {
      disableAccount(actor, userId);
      message = `${name} is disabled and signed out everywhere.`;
    } else if (intent === 'enable') {
      enableAccount(actor, userId);
      message = `${name} can sign in again.`;
    } else {
      ({ temporaryPassword: secret } = await resetPassword(actor, userId));
      message = `New temporary password for ${name}: ${secret}. Their old sessions have ended.`;
    }
    revalidatePath('/newsroom/staff');
    return { ok: true, errors: {}, message, fields: secret ? { secret } : undefined };
  } catch (error) {
    return failure(error);
  }
}

function failure(error: unknown, fields?: Record<string, string>): FormState {
  if (error instanceof ValidationError) {
    const messages = Object.values(error.fieldErrors).flat();
    return {
      errors: error.fieldErrors,
      message: messages.join(' ') || 'Check the highlighted fields.',
      fields,
    };
  }
  if (error instanceof PermissionError) return { errors: {}, message: error.message, fields };
  throw error;
}

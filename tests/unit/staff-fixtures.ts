// Staff accounts for the sign-in, staff and audit tests, made through the data layer as the
// operator's CLI makes them, all with one known password.
import type { Actor } from '@/db/people/permissions';
import { createUser } from '@/db/people/users';
import type { Role } from '@/db/schema';

export const PASSWORD = 'a long enough password';
let counter = 0;

/** A number no other account in this test file has used, for unique emails and names. */
export function uniqueNumber(): number {
  counter += 1;
  return counter;
}

export async function staff(role: Role): Promise<Actor & { email: string }> {
  const n = uniqueNumber();
  const email = `${role}${n}@example.test`;
  const user = await createUser(
    { email, name: `Staff ${n}`, fullName: `Staff Member ${n}`, role, password: PASSWORD },
    'operator',
  );
  return { id: user.id, role: user.role, email };
}

/** What `work` threw, or null when it did not. */
export async function errorOf(work: () => unknown): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  return null;
}

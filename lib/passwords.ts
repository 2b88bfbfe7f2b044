// Passwords are stored only as argon2id hashes (issue 3). The cost follows OWASP's argon2id
// baseline (19 MiB, 2 passes, 1 lane): about 30 ms here, slow for an attacker's GPU, cheap for a sign-in.
import 'server-only';
import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

// Algorithm is a const enum, which isolatedModules cannot read; 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;

const OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const PASSWORD_RULES = { minLength: 10, maxLength: 200 } as const;

/** A message saying what is wrong with a new password, or null when it is acceptable. */
export function validatePassword(plain: string): string | null {
  if (plain.length < PASSWORD_RULES.minLength)
    return `Password must be at least ${PASSWORD_RULES.minLength} characters long.`;
  if (plain.length > PASSWORD_RULES.maxLength)
    return `Password must be at most ${PASSWORD_RULES.maxLength} characters long.`;
  if (plain.trim().length === 0) return 'Password must not be only spaces.';
  return null;
}

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, OPTIONS);
}

/** False (never an exception) for a wrong password or a malformed stored hash. */
export async function verifyPassword(passwordHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(passwordHash, plain);
  } catch {
    return false;
  }
}

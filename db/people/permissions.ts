// Permission checks live with the data (DESIGN.md §5): every write in db/ takes the acting user.
import 'server-only';
import type { Role } from '@/db/schema';
import { DomainError } from '@/lib/errors';

export type Actor = { id: number; role: Role };

/** A write or read this actor may not make; a form shows the message, an API answers 403. */
export class PermissionError extends DomainError {
  override readonly status = 403;
  constructor(message = 'You do not have permission to do that.') {
    super(message);
    this.name = 'PermissionError';
  }
}

const RANK: Record<Role, number> = { journalist: 1, editor: 2, admin: 3 };

/** True when the actor's role is at least `role` (admin ⊃ editor ⊃ journalist). */
export function hasRole(actor: Actor | null | undefined, role: Role): actor is Actor {
  return !!actor && RANK[actor.role] >= RANK[role];
}

export function requireRole(
  actor: Actor | null | undefined,
  role: Role,
  message?: string,
): asserts actor is Actor {
  if (!hasRole(actor, role)) throw new PermissionError(message);
}

'use server';

import { getActor, signOut } from '@/auth';
import { recordAudit } from '@/db/people/audit';

export async function signOutAction(): Promise<void> {
  const actor = await getActor();
  if (actor) recordAudit({ actorId: actor.id, action: 'logout', targetType: 'email', targetId: actor.email });
  await signOut({ redirectTo: '/login' });
}

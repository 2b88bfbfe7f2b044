'use server';

import { getActor, signOut } from '@/auth';
import { recordAudit } from '@/db/people/audit';
import { endSession } from '@/db/people/sessions';

export async function signOutAction(): Promise<void> {
  const actor = await getActor();
  if (actor) {
    // Deleting the row is what ends the session; clearing the cookie only tidies this browser.
    endSession(actor.sessionId);
    recordAudit({ actorId: actor.id, action: 'logout', targetType: 'email', targetId: actor.email });
  }
  await signOut({ redirectTo: '/login' });
}

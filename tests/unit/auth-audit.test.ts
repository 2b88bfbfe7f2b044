// The audit log: for admins only, filtered by action and time, newest first, in pages.
import { describe, expect, it } from 'vitest';
import { listAudit, recordAudit } from '@/db/people/audit';
import { PermissionError } from '@/db/people/permissions';
import { getUserById } from '@/db/people/users';
import { errorOf, staff } from './staff-fixtures';

describe('audit log', () => {
  it('only admins can read it', async () => {
    for (const role of ['journalist', 'editor'] as const) {
      const actor = await staff(role);
      expect(await errorOf(() => listAudit({ actor }))).toBeInstanceOf(PermissionError);
    }
    const admin = await staff('admin');
    expect(listAudit({ actor: admin }).total).toBeGreaterThan(0);
  });

  it('filters by action and by time range, newest first, in pages', async () => {
    const admin = await staff('admin');
    const base = Date.UTC(2020, 5, 1);
    for (let i = 0; i < 60; i++)
      recordAudit({ actorId: admin.id, action: 'test.filter', createdAt: base + i * 60_000 });
    const first = listAudit({ actor: admin, action: 'test.filter' });
    expect(first.total).toBe(60);
    expect(first.pageCount).toBe(2);
    expect(first.entries[0].createdAt).toBe(base + 59 * 60_000);
    expect(first.entries[0].actorName).toBe(getUserById(admin.id)?.name);
    expect(listAudit({ actor: admin, action: 'test.filter', page: 2 }).entries).toHaveLength(10);
    const ranged = listAudit({
      actor: admin,
      action: 'test.',
      from: base + 10 * 60_000,
      to: base + 20 * 60_000,
    });
    expect(ranged.total).toBe(10);
  });
});

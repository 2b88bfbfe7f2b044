// The first-run setup needs an empty newsroom: this file's own database gives it one, since no
// other test here makes an admin first.
import { describe, expect, it } from 'vitest';
import { createFirstAdmin, hasAdmin } from '@/db/people/setup';
import { errorOf, PASSWORD } from './staff-fixtures';

describe('first-run setup', () => {
  it('creates the first admin once, and two racing submissions create only one', async () => {
    expect(hasAdmin()).toBe(false);
    const input = (n: number) => ({
      email: `first${n}@example.test`,
      name: `First ${n}`,
      fullName: `First Admin ${n}`,
      password: PASSWORD,
    });
    const results = await Promise.allSettled([createFirstAdmin(input(1)), createFirstAdmin(input(2))]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(hasAdmin()).toBe(true);
    const again = await errorOf(() => createFirstAdmin(input(3)));
    expect((again as Error).name).toBe('SetupAlreadyDoneError');
  });
});

// The public most-read lists: views from view_days on the newsroom's calendar, public articles only.
import { beforeAll, describe, expect, it } from 'vitest';
import { FIRST_EDITION_ID } from '@/db/schema';
import { getDb } from '@/db';
import { listMostRead } from '@/db/readers/most-read';
import { articles, users, viewDays } from '@/db/schema';

const NOW = Date.UTC(2026, 3, 26, 12, 0);
const ids: Record<string, number> = {};

beforeAll(() => {
  const db = getDb();
  const author = db
    .insert(users)
    .values({ email: 'm@example.test', name: 'M', fullName: 'M', slug: 'm' })
    .returning()
    .get().id;
  const add = (
    slug: string,
    status: 'published' | 'draft' | 'unpublished' = 'published',
    publishedAt = NOW - 86_400_000 * 10,
  ) =>
    (ids[slug] = db
      .insert(articles)
      .values({ slug, title: slug, authorId: author, status, publishedAt })
      .returning()
      .get().id);
  add('popular-today');
  add('popular-week');
  add('draft', 'draft');
  add('withdrawn', 'unpublished');
  const views = (slug: string, day: string, count: number) =>
    db.insert(viewDays).values({ articleId: ids[slug], day, count }).run();
  views('popular-today', '2026-04-26', 50);
  views('popular-week', '2026-04-26', 10);
  views('popular-week', '2026-04-21', 100);
  views('popular-week', '2026-04-19', 1000); // eight days ago: outside the week
  views('draft', '2026-04-26', 500);
  views('withdrawn', '2026-04-26', 500);
});

describe('most read', () => {
  it('ranks today by today’s views and the week by the last seven newsroom days', () => {
    expect(listMostRead('today', FIRST_EDITION_ID, NOW).map((e) => [e.slug, e.views])).toEqual([
      ['popular-today', 50],
      ['popular-week', 10],
    ]);
    expect(listMostRead('week', FIRST_EDITION_ID, NOW).map((e) => [e.slug, e.views])).toEqual([
      ['popular-week', 110],
      ['popular-today', 50],
    ]);
  });

  it('never lists drafts or unpublished articles, and honours the limit', () => {
    expect(listMostRead('today', FIRST_EDITION_ID, NOW, 1)).toHaveLength(1);
    expect(listMostRead('week', FIRST_EDITION_ID, NOW).map((e) => e.slug)).not.toContain('draft');
    expect(listMostRead('week', FIRST_EDITION_ID, NOW).map((e) => e.slug)).not.toContain('withdrawn');
  });
});

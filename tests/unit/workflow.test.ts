import { beforeAll, describe, expect, it } from 'vitest';
import { FIRST_EDITION_ID } from '@/db/schema';
import { getArticleForEdit, saveArticle } from '@/db/articles/editor';
import { getPublicArticleBySlug } from '@/db/articles/public';
import { listScheduled } from '@/db/articles/dashboard';
import { ValidationError } from '@/lib/errors';
import { listLatest } from '@/db/articles/listings';
import type { Actor } from '@/db/people/permissions';
import {
  publishArticle,
  sendBack,
  submitForReview,
  TransitionError,
  unpublishArticle,
} from '@/db/articles/workflow';
import { listTransitions } from '@/db/articles/history';
import { articleRow, makeArticle, makeStaff } from './editor-fixtures';

let journalist: Actor & { name: string };
let editor: Actor & { name: string };

beforeAll(async () => {
  journalist = await makeStaff('journalist', 'Rina Journalist');
  editor = await makeStaff('editor', 'Eko Editor');
});

const HOUR = 60 * 60 * 1000;

describe('legal transitions', () => {
  it('draft → review → sent back → review → published → unpublished → published', async () => {
    const a = await makeArticle(journalist);
    expect((await submitForReview(journalist, a.id)).state).toBe('review');
    expect((await sendBack(editor, a.id, 'Needs a second source')).state).toBe('draft');
    expect((await submitForReview(journalist, a.id)).state).toBe('review');
    expect((await publishArticle(editor, a.id)).state).toBe('published');
    expect((await unpublishArticle(editor, a.id)).state).toBe('unpublished');
    expect((await publishArticle(editor, a.id)).state).toBe('published');
  });

  it('an editor may publish a draft straight away and send a published article back', async () => {
    const a = await makeArticle(editor);
    await publishArticle(editor, a.id);
    const back = await sendBack(editor, a.id, 'Legal asked us to hold it');
    expect(back.state).toBe('draft');
    expect(articleRow(a.id).status).toBe('draft');
  });

  it('republishing keeps the first publication time', async () => {
    const a = await makeArticle(editor);
    const first = (await publishArticle(editor, a.id, { publishedAt: Date.parse('2019-04-26T00:00:00Z') }))
      .publishedAt;
    await unpublishArticle(editor, a.id);
    const again = await publishArticle(editor, a.id);
    expect(again.publishedAt).toBe(first);
  });
});

describe('illegal transitions', () => {
  it('each is refused with a message naming the current state, and nothing changes', async () => {
    const a = await makeArticle(journalist);
    await expect(sendBack(editor, a.id, 'Why?')).rejects.toThrow(/is a draft, so it cannot be sent back/);
    await expect(unpublishArticle(editor, a.id)).rejects.toThrow(TransitionError);
    await submitForReview(journalist, a.id);
    await expect(submitForReview(journalist, a.id)).rejects.toThrow(
      /is in review, so it cannot be submitted for review/,
    );
    await publishArticle(editor, a.id);
    await expect(publishArticle(editor, a.id)).rejects.toThrow(/is published, so it cannot be published/);
    await expect(submitForReview(editor, a.id)).rejects.toThrow(TransitionError);
    expect(articleRow(a.id).status).toBe('published');
    expect((await listTransitions(editor, a.id)).map((t) => t.to)).toEqual(['draft', 'review', 'published']);
  });

  it('a send-back needs a comment', async () => {
    const a = await makeArticle(journalist);
    await submitForReview(journalist, a.id);
    await expect(sendBack(editor, a.id, '   ')).rejects.toThrow(ValidationError);
    expect(articleRow(a.id).status).toBe('review');
  });
});

describe('the history', () => {
  it('records who moved the article, from where to where, and the send-back comment', async () => {
    const a = await makeArticle(journalist);
    await submitForReview(journalist, a.id);
    await sendBack(editor, a.id, 'Please shorten the intro');
    const history = await listTransitions(journalist, a.id);
    expect(history.map(({ from, to, actorName, comment }) => ({ from, to, actorName, comment }))).toEqual([
      { from: 'new', to: 'draft', actorName: 'Rina Journalist', comment: '' },
      { from: 'draft', to: 'review', actorName: 'Rina Journalist', comment: '' },
      { from: 'review', to: 'draft', actorName: 'Eko Editor', comment: 'Please shorten the intro' },
    ]);
    expect(history.every((t) => typeof t.at === 'number' && t.at > 0)).toBe(true);
  });

  it('the author sees the send-back comment in the editor until the article moves on', async () => {
    const a = await makeArticle(journalist);
    await submitForReview(journalist, a.id);
    await sendBack(editor, a.id, 'Add a photo');
    const opened = await getArticleForEdit(journalist, a.id);
    expect(opened?.sentBack).toMatchObject({ comment: 'Add a photo', by: 'Eko Editor' });
    expect(opened?.workflow.canEdit).toBe(true);
    await submitForReview(journalist, a.id);
    expect((await getArticleForEdit(journalist, a.id))?.sentBack).toBeNull();
  });
});

describe('publish times', () => {
  it('clearing the publish time of a published article keeps the one it has', async () => {
    const a = await makeArticle(editor);
    const { publishedAt } = await publishArticle(editor, a.id, {
      publishedAt: Date.parse('2024-01-02T03:04:00Z'),
    });
    await saveArticle(editor, a.id, { publishedAt: null, baseVersion: 1 });
    expect(articleRow(a.id).publishedAt).toBe(publishedAt);
    expect(getPublicArticleBySlug(a.slug, Date.now())?.id).toBe(a.id);
  });

  it('moving the publish time of a published article into the future schedules it again', async () => {
    const now = Date.now();
    const a = await makeArticle(editor);
    await publishArticle(editor, a.id, { now });
    const saved = await saveArticle(editor, a.id, { publishedAt: now + 3 * HOUR, baseVersion: 1 });
    expect(saved.state).toBe('scheduled');
    expect(getPublicArticleBySlug(a.slug, Date.now())).toBeNull();
  });
});

describe('scheduling', () => {
  it('a scheduled article is not public before its time and is public after it, with no job', async () => {
    const now = Date.now();
    const at = now + 2 * HOUR;
    const a = await makeArticle(journalist, { title: 'Scheduled for later today' });
    const result = await publishArticle(editor, a.id, { publishedAt: at, now });
    expect(result.state).toBe('scheduled');
    expect(getPublicArticleBySlug(a.slug, now)).toBeNull();
    expect(getPublicArticleBySlug(a.slug, at - 1)).toBeNull();
    expect(listLatest(FIRST_EDITION_ID, { now, limit: 100 }).items.map((i) => i.id)).not.toContain(a.id);
    expect(getPublicArticleBySlug(a.slug, at)?.title).toBe('Scheduled for later today');
    expect(listLatest(FIRST_EDITION_ID, { now: at + 1, limit: 100 }).items.map((i) => i.id)).toContain(a.id);
  });

  it('the dashboard shows it as scheduled until then, and the editor sees it in the schedule', async () => {
    const now = Date.now();
    const a = await makeArticle(journalist);
    await publishArticle(editor, a.id, { publishedAt: now + HOUR, now });
    expect((await getArticleForEdit(editor, a.id, now))?.state).toBe('scheduled');
    expect((await getArticleForEdit(editor, a.id, now + HOUR))?.state).toBe('published');
    expect((await listScheduled(editor, now)).map((r) => r.id)).toContain(a.id);
    expect((await listScheduled(editor, now + HOUR)).map((r) => r.id)).not.toContain(a.id);
  });

  it('a scheduled article can be unpublished before it goes live', async () => {
    const now = Date.now();
    const a = await makeArticle(journalist);
    await publishArticle(editor, a.id, { publishedAt: now + HOUR, now });
    expect((await unpublishArticle(editor, a.id, now)).state).toBe('unpublished');
    expect(getPublicArticleBySlug(a.slug, now + 2 * HOUR)).toBeNull();
    const history = await listTransitions(editor, a.id);
    expect(history.at(-1)).toMatchObject({ from: 'scheduled', to: 'unpublished' });
  });

  it('a publish time in the past back-fills the archive', async () => {
    const old = Date.parse('2019-04-26T00:00:00Z');
    const a = await makeArticle(editor);
    const result = await publishArticle(editor, a.id, { publishedAt: old });
    expect(result.state).toBe('published');
    expect(getPublicArticleBySlug(a.slug, Date.now())?.publishedAt).toBe(old);
  });
});

// The editorial workflow: draft → review → published (scheduled while its time is ahead) →
// unpublished, and back to draft with a comment. Every transition is recorded (who, when, from, to,
// comment) with the derived states, so "scheduled" shows in the history as what it was.
// API (each returns { id, state, publishedAt, affectedTags } for cache revalidation):
//   submitForReview(actor, id)            author or editor; draft → review
//   sendBack(actor, id, comment)          editors; review | scheduled | published → draft (comment required)
//   publishArticle(actor, id, { publishedAt? })  editors; draft | review | unpublished → published/scheduled
//   unpublishArticle(actor, id)           editors; published | scheduled → unpublished
//   listTransitions(actor, id) → TransitionView[] (oldest first)
//   TransitionError (409): the move is not possible from the article's current state
import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { deriveState, requireArticleReadable, type ArticleRow, type ArticleState } from './access';
import { tagIdsOf } from './store';
import { ValidationError } from '@/lib/errors';
import { requireRole, type Actor } from '@/db/people/permissions';
import { articles, transitions, users, type ArticleStatus } from '@/db/schema';

const LABELS: Record<ArticleState | 'new', string> = {
  new: 'new',
  draft: 'a draft',
  review: 'in review',
  scheduled: 'scheduled',
  published: 'published',
  unpublished: 'unpublished',
};

export class TransitionError extends Error {
  readonly status = 409;
  constructor(
    readonly from: ArticleState,
    action: string,
  ) {
    super(`This article is ${LABELS[from]}, so it cannot be ${action}.`);
    this.name = 'TransitionError';
  }
}

export type WorkflowResult = {
  id: number;
  state: ArticleState;
  publishedAt: number | null;
  /** For tagsForArticle (app/cache-tags.ts): a transition changes what is public, not whose it is. */
  affectedTags: { id: number; authorId: number; sectionId: number | null; tagIds: number[] };
};

export type TransitionView = {
  id: number;
  from: string;
  to: string;
  comment: string;
  actorId: number | null;
  actorName: string;
  at: number;
};

type Move = {
  allowed: ArticleState[];
  action: string;
  status: ArticleStatus;
  publishedAt?: (a: ArticleRow, now: number) => number | null;
  comment?: string;
};

function move(actor: Actor, id: number, m: Move, now: number): WorkflowResult {
  return getDb().transaction(
    (tx) => {
      const a = requireArticleReadable(actor, id, tx);
      const from = deriveState(a.status, a.publishedAt, now);
      if (!m.allowed.includes(from)) throw new TransitionError(from, m.action);
      const publishedAt = m.publishedAt ? m.publishedAt(a, now) : a.publishedAt;
      const to = deriveState(m.status, publishedAt, now);
      tx.update(articles)
        .set({ status: m.status, publishedAt, updatedAt: now })
        .where(eq(articles.id, id))
        .run();
      tx.insert(transitions)
        .values({
          articleId: id,
          fromStatus: from,
          toStatus: to,
          actorId: actor.id,
          comment: m.comment ?? '',
          createdAt: now,
        })
        .run();
      return {
        id,
        state: to,
        publishedAt,
        affectedTags: { id, authorId: a.authorId, sectionId: a.sectionId, tagIds: tagIdsOf(tx, id) },
      };
    },
    { behavior: 'immediate' },
  );
}

export async function submitForReview(actor: Actor, id: number, now = Date.now()): Promise<WorkflowResult> {
  // requireArticleReadable inside move() limits a journalist to their own article.
  return move(actor, id, { allowed: ['draft'], action: 'submitted for review', status: 'review' }, now);
}

export async function sendBack(
  actor: Actor,
  id: number,
  comment: string,
  now = Date.now(),
): Promise<WorkflowResult> {
  requireRole(actor, 'editor', 'Only an editor can send an article back.');
  const text = comment.trim();
  if (!text) throw new ValidationError({ comment: ['Tell the author what needs to change'] });
  if (text.length > 2000)
    throw new ValidationError({ comment: ['Keep the comment to 2,000 characters or fewer'] });
  return move(
    actor,
    id,
    { allowed: ['review', 'scheduled', 'published'], action: 'sent back', status: 'draft', comment: text },
    now,
  );
}

/**
 * A publish time in the future schedules the article: public queries check published_at <= now, so it
 * goes live on time with no job runner. Without one, the article keeps the time it was given (a
 * back-filled archive date, or its first publication when republished), else now.
 */
export async function publishArticle(
  actor: Actor,
  id: number,
  options: { publishedAt?: number | null; now?: number } = {},
): Promise<WorkflowResult> {
  requireRole(actor, 'editor', 'Only an editor can publish an article.');
  const { publishedAt, now = Date.now() } = options;
  if (publishedAt != null && !Number.isFinite(publishedAt))
    throw new ValidationError({ publishedAt: ['Enter a date and time like 2026-04-26 09:30'] });
  return move(
    actor,
    id,
    {
      allowed: ['draft', 'review', 'unpublished'],
      action: 'published',
      status: 'published',
      publishedAt: (a, at) => publishedAt ?? a.publishedAt ?? at,
    },
    now,
  );
}

export async function unpublishArticle(actor: Actor, id: number, now = Date.now()): Promise<WorkflowResult> {
  requireRole(actor, 'editor', 'Only an editor can unpublish an article.');
  return move(
    actor,
    id,
    { allowed: ['published', 'scheduled'], action: 'unpublished', status: 'unpublished' },
    now,
  );
}

export async function listTransitions(actor: Actor, id: number): Promise<TransitionView[]> {
  const db = getDb();
  requireArticleReadable(actor, id, db);
  return (
    db
      .select({
        id: transitions.id,
        from: transitions.fromStatus,
        to: transitions.toStatus,
        comment: transitions.comment,
        actorId: transitions.actorId,
        actorName: users.name,
        at: transitions.createdAt,
      })
      .from(transitions)
      .leftJoin(users, eq(users.id, transitions.actorId))
      .where(eq(transitions.articleId, id))
      // Insertion order is the order things happened, even within one millisecond.
      .orderBy(asc(transitions.id))
      .all()
      .map((t) => ({ ...t, actorName: t.actorName ?? 'someone' }))
  );
}

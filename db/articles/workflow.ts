// The editorial workflow, declared once: each move, the states it leaves from, the status it goes to,
// who may make it and whether it needs a comment. The data-layer checks (applyMove), the editor view
// (workflowFor, hence the editor's buttons) and who may edit (mayEdit) all read this table. Every move
// is recorded (who, when, from, to, comment) with derived states, so "scheduled" shows as what it was.
// API:
//   WorkflowMove, ArticleWorkflow, availableMoves(actor, article), mayEdit(actor, article),
//   workflowFor(actor, article), NEW_ARTICLE_WORKFLOW
//   requireArticleEditable(actor, id, db?) → the article row, or a PermissionError saying why not
//     (its edition outside the actor's desk included)
//   applyMove(tx, actor, id, move, options?, now?) → WorkflowResult, inside the caller's transaction
//   moveArticle(actor, id, move, options?, now?) and submitForReview / sendBack / publishArticle /
//     unpublishArticle: one move in its own transaction
//   TransitionError (409): the move is not possible from the article's current state
import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type Reader, type Tx } from '@/db';
import type { Affected } from '@/db/affected';
import {
  affectedArticle,
  deriveState,
  isEditor,
  requireArticleReadable,
  type ArticleRow,
  type ArticleState,
} from './access';
import { DomainError, ValidationError } from '@/lib/errors';
import { requireDesk } from '@/db/people/desks';
import { hasRole, PermissionError, requireRole, type Actor } from '@/db/people/permissions';
import { articles, transitions, type ArticleStatus } from '@/db/schema';

export type WorkflowMove = 'submit' | 'sendback' | 'publish' | 'unpublish';
type Who = 'author-or-editor' | 'editor';
type Transition = {
  move: WorkflowMove;
  from: readonly ArticleState[];
  to: ArticleStatus;
  who: Who;
  needsComment: boolean;
  /** Ends "This article is a draft, so it cannot be …". */
  done: string;
  /** Why someone who is not `who` is refused. */
  refusal: string;
};

const TRANSITIONS: readonly Transition[] = [
  {
    move: 'submit',
    from: ['draft'],
    to: 'review',
    who: 'author-or-editor',
    needsComment: false,
    done: 'submitted for review',
    refusal: 'Only the author or an editor can submit an article for review.',
  },
  {
    move: 'sendback',
    from: ['review', 'scheduled', 'published'],
    to: 'draft',
    who: 'editor',
    needsComment: true,
    done: 'sent back',
    refusal: 'Only an editor can send an article back.',
  },
  {
    // A publish time ahead makes it scheduled: public queries check published_at <= now.
    move: 'publish',
    from: ['draft', 'review', 'unpublished'],
    to: 'published',
    who: 'editor',
    needsComment: false,
    done: 'published',
    refusal: 'Only an editor can publish an article.',
  },
  {
    move: 'unpublish',
    from: ['published', 'scheduled'],
    to: 'unpublished',
    who: 'editor',
    needsComment: false,
    done: 'unpublished',
    refusal: 'Only an editor can unpublish an article.',
  },
];

/** Content edits: editors in every state, the author while it is a draft (new or sent back). */
const AUTHOR_EDITS_IN: readonly ArticleState[] = ['draft'];

type Subject = { authorId: number; state: ArticleState };

function isWho(actor: Actor, article: Pick<Subject, 'authorId'>, who: Who): boolean {
  if (isEditor(actor)) return true;
  return who === 'author-or-editor' && hasRole(actor, 'journalist') && article.authorId === actor.id;
}

/** The moves this actor may make on the article now, in the table's order. */
export function availableMoves(actor: Actor, article: Subject): WorkflowMove[] {
  return TRANSITIONS.filter((t) => isWho(actor, article, t.who) && t.from.includes(article.state)).map(
    (t) => t.move,
  );
}

export function mayEdit(actor: Actor, article: Subject): boolean {
  return (
    isEditor(actor) ||
    (hasRole(actor, 'journalist') && article.authorId === actor.id && AUTHOR_EDITS_IN.includes(article.state))
  );
}

/** What the editor offers this actor: whether the fields are open, and which move buttons show. */
export type ArticleWorkflow = {
  state: ArticleState;
  canEdit: boolean;
  moves: WorkflowMove[];
  /** Set when the article's edition is outside the actor's desk: why it is read-only. */
  outsideDesk?: string;
};

/** `outsideDesk`, deskRefusal's answer (db/people/desks.ts): read-only, no moves, and why. */
export function workflowFor(actor: Actor, article: Subject, outsideDesk?: string | null): ArticleWorkflow {
  if (outsideDesk) return { state: article.state, canEdit: false, moves: [], outsideDesk };
  return { state: article.state, canEdit: mayEdit(actor, article), moves: availableMoves(actor, article) };
}

/** Not an article yet: its first save creates the draft, and the moves start from there. */
export const NEW_ARTICLE_WORKFLOW: ArticleWorkflow = { state: 'draft', canEdit: true, moves: [] };

export function requireArticleEditable(actor: Actor, id: number, db: Reader = getDb()): ArticleRow {
  const row = requireArticleReadable(actor, id, db);
  requireDesk(actor, row.editionId, db);
  if (!mayEdit(actor, { authorId: row.authorId, state: deriveState(row.status, row.publishedAt) }))
    throw new PermissionError(
      row.status === 'review'
        ? 'This article is with the editors for review; you can edit it again if it is sent back.'
        : 'Only an editor can change an article once it has been published.',
    );
  return row;
}

const LABELS: Record<ArticleState, string> = {
  draft: 'a draft',
  review: 'in review',
  scheduled: 'scheduled',
  published: 'published',
  unpublished: 'unpublished',
};

export class TransitionError extends DomainError {
  override readonly status = 409;
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
  affected: Affected;
};

/**
 * `publishedAt` for a publish: a time ahead schedules it. Without one the article keeps the time it
 * has (a back-filled archive date, or its first publication when republished), else now.
 */
export type MoveOptions = { comment?: string; publishedAt?: number | null };

/** Refuses options the move cannot take, before anything is read; the comment to record. */
function checkedComment(t: Transition, options: MoveOptions): string {
  if (options.publishedAt != null && !Number.isFinite(options.publishedAt))
    throw new ValidationError({ publishedAt: ['Enter a date and time like 2026-04-26 09:30'] });
  if (!t.needsComment) return '';
  const text = (options.comment ?? '').trim();
  if (!text) throw new ValidationError({ comment: ['Tell the author what needs to change'] });
  if (text.length > 2000)
    throw new ValidationError({ comment: ['Keep the comment to 2,000 characters or fewer'] });
  return text;
}

/** Checks one move against the table and records it, inside the caller's transaction. */
export function applyMove(
  tx: Tx,
  actor: Actor,
  id: number,
  move: WorkflowMove,
  options: MoveOptions = {},
  now = Date.now(),
): WorkflowResult {
  const t = TRANSITIONS.find((x) => x.move === move)!;
  // The role first: a journalist asking to publish is told so, whichever article it is.
  if (t.who === 'editor') requireRole(actor, 'editor', t.refusal);
  const comment = checkedComment(t, options);
  const a = requireArticleReadable(actor, id, tx);
  if (!isWho(actor, a, t.who)) throw new PermissionError(t.refusal);
  requireDesk(actor, a.editionId, tx);
  const from = deriveState(a.status, a.publishedAt, now);
  if (!t.from.includes(from)) throw new TransitionError(from, t.done);
  const publishedAt = t.to === 'published' ? (options.publishedAt ?? a.publishedAt ?? now) : a.publishedAt;
  const to = deriveState(t.to, publishedAt, now);
  tx.update(articles).set({ status: t.to, publishedAt, updatedAt: now }).where(eq(articles.id, id)).run();
  tx.insert(transitions)
    .values({ articleId: id, fromStatus: from, toStatus: to, actorId: actor.id, comment, createdAt: now })
    .run();
  return { id, state: to, publishedAt, affected: affectedArticle(tx, id, [from, to]) };
}

export async function moveArticle(
  actor: Actor,
  id: number,
  move: WorkflowMove,
  options: MoveOptions = {},
  now = Date.now(),
): Promise<WorkflowResult> {
  return getDb().transaction((tx) => applyMove(tx, actor, id, move, options, now), {
    behavior: 'immediate',
  });
}

export async function submitForReview(actor: Actor, id: number, now = Date.now()): Promise<WorkflowResult> {
  return moveArticle(actor, id, 'submit', {}, now);
}

export async function sendBack(
  actor: Actor,
  id: number,
  comment: string,
  now = Date.now(),
): Promise<WorkflowResult> {
  return moveArticle(actor, id, 'sendback', { comment }, now);
}

export async function publishArticle(
  actor: Actor,
  id: number,
  options: { publishedAt?: number | null; now?: number } = {},
): Promise<WorkflowResult> {
  return moveArticle(actor, id, 'publish', { publishedAt: options.publishedAt }, options.now);
}

export async function unpublishArticle(actor: Actor, id: number, now = Date.now()): Promise<WorkflowResult> {
  return moveArticle(actor, id, 'unpublish', {}, now);
}

// What the article editor and the preview read. Private data: staff only, a journalist only their
// own articles (db/articles/access.ts). Re-exported by db/articles/editor.ts.
// API:
//   getArticleForEdit(actor, id, now?) → ArticleForEdit | null (null: no such article)
//   getArticlePreview(actor, id, now?) → PublicArticle | null (the reader's shape, whatever the status)
//   listBylineOptions(actor) → staff who may appear as the byline
//   hasBeenPublic(db, article, now?) → whether readers may have seen its URL (its slug is then kept)
import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb, type Reader } from '@/db';
import {
  deriveState,
  findArticle,
  isEditor,
  requireArticleReadable,
  type ArticleRow,
  type ArticleState,
} from './access';
import { latestSendBack, type SentBack } from './history';
import { workflowFor, type ArticleWorkflow } from './workflow';
import { tagNamesOf } from './store';
import { getPublicArticleById, type PublicArticle } from './public';
import { newsroomTimeZone } from '@/lib/config';
import { imageView, type ImageView } from '@/db/images/uploads';
import { deskRefusal } from '@/db/people/desks';
import { requireRole, type Actor } from '@/db/people/permissions';
import { images, sections, transitions, users } from '@/db/schema';
import { formatNewsroomLocalInput } from '@/lib/time';

export type ArticleForEdit = {
  id: number;
  title: string;
  slug: string;
  summary: string;
  body: string;
  sectionId: number | null;
  sectionName: string | null;
  /** Fixed at creation: the sections on offer are this edition's. */
  editionId: number;
  authorId: number;
  authorName: string;
  tags: string[];
  leadImage: ImageView | null;
  leadImageCaption: string;
  leadImageCredit: string;
  status: ArticleRow['status'];
  state: ArticleState;
  version: number;
  publishedAt: number | null;
  /** publishedAt as the value of a datetime-local field on the newsroom's clock; '' when unset. */
  publishedAtLocal: string;
  createdAt: number;
  updatedAt: number;
  /** What this actor may do with it now (the workflow table's answer). */
  workflow: ArticleWorkflow;
  /** The latest send-back, shown to the author until the article moves on. */
  sentBack: SentBack | null;
  /** Readers may have seen its URL: the slug no longer follows the title (hasBeenPublic). */
  everPublished: boolean;
};

/**
 * Whether the article's URL may have been public: it is live or pulled now, or it once left the
 * published status (pulled and then sent back to draft). Conservative: a scheduled article that was
 * unscheduled counts too; keeping a slug is harmless, changing a shared URL is not.
 */
export function hasBeenPublic(
  db: Reader,
  a: Pick<ArticleRow, 'id' | 'status' | 'publishedAt'>,
  now = Date.now(),
): boolean {
  const state = deriveState(a.status, a.publishedAt, now);
  if (state === 'published' || state === 'unpublished') return true;
  const left = db
    .select({ id: transitions.id })
    .from(transitions)
    .where(and(eq(transitions.articleId, a.id), eq(transitions.fromStatus, 'published')))
    .limit(1)
    .get();
  return left !== undefined;
}

export async function getArticleForEdit(
  actor: Actor,
  id: number,
  now = Date.now(),
): Promise<ArticleForEdit | null> {
  const db = getDb();
  if (!findArticle(id, db)) return null;
  const a = requireArticleReadable(actor, id, db);
  const author = db.select({ name: users.name }).from(users).where(eq(users.id, a.authorId)).get();
  const section =
    a.sectionId == null
      ? undefined
      : db.select({ name: sections.name }).from(sections).where(eq(sections.id, a.sectionId)).get();
  const image =
    a.leadImageId == null ? undefined : db.select().from(images).where(eq(images.id, a.leadImageId)).get();
  const state = deriveState(a.status, a.publishedAt, now);
  return {
    id: a.id,
    title: a.title,
    slug: a.slug,
    summary: a.summary,
    body: a.body,
    sectionId: a.sectionId,
    sectionName: section?.name ?? null,
    editionId: a.editionId,
    authorId: a.authorId,
    authorName: author?.name ?? '',
    tags: tagNamesOf(db, a.id),
    leadImage: image ? imageView(image) : null,
    leadImageCaption: a.leadImageCaption,
    leadImageCredit: a.leadImageCredit,
    status: a.status,
    state,
    version: a.version,
    publishedAt: a.publishedAt,
    publishedAtLocal:
      a.publishedAt == null ? '' : formatNewsroomLocalInput(a.publishedAt, newsroomTimeZone()),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    // Outside the actor's desk it opens read-only: the writes would refuse (requireDesk).
    workflow: workflowFor(actor, { authorId: a.authorId, state }, deskRefusal(actor, a.editionId, db)),
    sentBack: a.status === 'draft' ? latestSendBack(db, a.id) : null,
    everPublished: hasBeenPublic(db, a, now),
  };
}

export type BylineOption = { id: number; name: string; fullName: string; role: Actor['role'] };

/** An editor may credit any active staff member; a journalist writes as themself. */
export async function listBylineOptions(actor: Actor): Promise<BylineOption[]> {
  requireRole(actor, 'journalist', 'Sign in as staff to write articles.');
  const columns = { id: users.id, name: users.name, fullName: users.fullName, role: users.role };
  const where = isEditor(actor) ? eq(users.disabled, false) : eq(users.id, actor.id);
  return getDb().select(columns).from(users).where(where).orderBy(asc(users.name)).all();
}

/**
 * The article exactly as readers will see it (the public page's shape), whatever its status, for
 * staff who may open it. An unset publish time previews as "now", which is when it would go live.
 */
export async function getArticlePreview(
  actor: Actor,
  id: number,
  now = Date.now(),
): Promise<PublicArticle | null> {
  if (!findArticle(id)) return null;
  const a = requireArticleReadable(actor, id);
  const article = getPublicArticleById(id, now, true);
  return article && { ...article, publishedAt: a.publishedAt ?? now };
}

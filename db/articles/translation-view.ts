// What the editor shows about translations (issue 11): for a translation, its source beside the draft
// and whether the source moved on since; for any article, the editions it can still be translated into.
// API:
//   getTranslationPanel(actor, id) → TranslationPanel | null (null: not a translation)
//   listOtherTellings(actor, id) → the story's other articles, one per edition (any status)
//   listTranslateTargets(actor, id) → the editions this actor may translate the article into
//   getSourceChanges(actor, id) → RevisionDiff of the source since the translation's version, or null
import 'server-only';
import { eq, or } from 'drizzle-orm';
import { getDb } from '@/db';
import { deriveState, requireArticleReadable, type ArticleState } from './access';
import { diffAgainstCurrent, type RevisionDiff } from './revisions';
import { requireTranslatable, storyRootOf, translationStatus, type TranslationStatus } from './translate';
import { mayWorkIn } from '@/db/people/desks';
import { getEditionById, listEditions, type Edition } from '@/db/editions/editions';
import { hasRole, PermissionError, type Actor } from '@/db/people/permissions';
import { articles } from '@/db/schema';

export type TranslationSource = {
  id: number;
  title: string;
  summary: string;
  /** Sanitised HTML, as stored. */
  body: string;
  version: number;
  edition: Pick<Edition, 'tag' | 'name' | 'direction'>;
};

export type TranslationPanel = TranslationStatus & {
  /** null when this person may not read the source (a private draft of someone else's). */
  source: TranslationSource | null;
};

export async function getTranslationPanel(actor: Actor, id: number): Promise<TranslationPanel | null> {
  requireArticleReadable(actor, id);
  const status = translationStatus(id);
  if (!status) return null;
  let root;
  try {
    root = requireTranslatable(actor, status.sourceId);
  } catch (error) {
    if (error instanceof PermissionError) return { ...status, source: null };
    throw error;
  }
  const edition = getEditionById(root.editionId)!;
  return {
    ...status,
    source: {
      id: root.id,
      title: root.title,
      summary: root.summary,
      body: root.body,
      version: root.version,
      edition: { tag: edition.tag, name: edition.name, direction: edition.direction },
    },
  };
}

/** One article of the story in the editor's "Translations" panel. */
export type StoryArticle = { id: number; editionTag: string; editionName: string; state: ArticleState };

/** The story's articles other than this one (any status: staff see drafts), in edition order. */
export async function listOtherTellings(actor: Actor, id: number): Promise<StoryArticle[]> {
  const a = requireArticleReadable(actor, id);
  const byEdition = new Map(listEditions().map((e, i) => [e.id, { e, i }]));
  return storyRows(storyRootOf(a))
    .filter((r) => r.id !== id && byEdition.has(r.editionId))
    .sort((x, y) => byEdition.get(x.editionId)!.i - byEdition.get(y.editionId)!.i)
    .map((r) => {
      const { e } = byEdition.get(r.editionId)!;
      return {
        id: r.id,
        editionTag: e.tag,
        editionName: e.name,
        state: deriveState(r.status, r.publishedAt),
      };
    });
}

/** Editions without a telling of the story, where this actor works; none with one edition. */
export async function listTranslateTargets(actor: Actor, id: number): Promise<Edition[]> {
  if (!hasRole(actor, 'journalist')) return [];
  const a = requireArticleReadable(actor, id);
  const told = new Set(storyRows(storyRootOf(a)).map((r) => r.editionId));
  return listEditions().filter((e) => !told.has(e.id) && mayWorkIn(actor, e.id));
}

function storyRows(rootId: number) {
  return getDb()
    .select({
      id: articles.id,
      editionId: articles.editionId,
      status: articles.status,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .where(or(eq(articles.id, rootId), eq(articles.translationOf, rootId)))
    .all();
}

/**
 * The source's changes since the translation was made (or last marked current), for whoever may read
 * the translation and its source; null when it is not a translation or the source has not moved.
 */
export async function getSourceChanges(actor: Actor, id: number): Promise<RevisionDiff | null> {
  requireArticleReadable(actor, id);
  const status = translationStatus(id);
  if (!status?.stale || status.madeFromVersion == null) return null;
  const root = requireTranslatable(actor, status.sourceId);
  return diffAgainstCurrent(root, status.madeFromVersion);
}

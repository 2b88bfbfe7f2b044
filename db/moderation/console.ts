// The moderation console's reads (issue 4): articles by rating activity and an article's votes with
// their flags. Admins only, checked here. The actions live in actions.ts.
import 'server-only';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { requireRole, type Actor } from '@/db/people/permissions';
import {
  computeFlags,
  CLEARED,
  FLAG_KINDS,
  indexSiteVotes,
  type FlagInput,
  type FlagKind,
  type SiteVote,
} from './flags';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Flags on the activity list look at recent votes only; older fraud is found through an article's page. */
const LIST_LOOKBACK_MS = 7 * DAY;
export const VOTES_PAGE_LIMIT = 500;

export function requireModerator(actor: Actor | null | undefined): asserts actor is Actor {
  requireRole(actor, 'admin', 'Only an admin can moderate ratings.');
}

/** A short pseudonymous id for a reader: enough to tell readers apart, useless to find the cookie. */
export function readerShortId(readerId: string): string {
  return createHash('sha256').update(readerId).digest('hex').slice(0, 8);
}

export function addressShort(addressHash: string): string {
  // Cleared after the retention period (db/address-retention.ts): say so rather than show a blank.
  return addressHash === CLEARED ? '(cleared)' : addressHash.slice(0, 8);
}

export type ArticleActivity = {
  id: number;
  title: string;
  slug: string;
  votesLastHour: number;
  votesLastDay: number;
  votes: number;
  removedVotes: number;
  average: number | null;
  locked: boolean;
  flaggedVotes: number;
};

/**
 * Articles with votes, the suspicious first (counted votes carrying a flag), then the busiest.
 * Driven from the votes (issue 9): the only articles that can carry a flag or a recent vote are those
 * with votes in the lookback (votes_updated_idx), and the busiest others are the top `limit` by their
 * counted votes (articles_rated_idx); neither reads the archive.
 */
export function listArticlesByRatingActivity(actor: Actor, now = Date.now(), limit = 100): ArticleActivity[] {
  requireModerator(actor);
  const db = getDb();
  const rows = db.all<
    Omit<ArticleActivity, 'flaggedVotes' | 'locked' | 'average'> & {
      sum: number;
      count: number;
      locked: number;
    }
  >(sql`
    WITH candidates(id) AS (
      SELECT article_id FROM votes INDEXED BY votes_updated_idx WHERE updated_at >= ${now - LIST_LOOKBACK_MS}
      UNION
      SELECT id FROM (SELECT id FROM articles WHERE rating_count > 0 ORDER BY rating_count DESC LIMIT ${limit})
    )
    SELECT a.id, a.title, a.slug, a.rating_sum AS sum, a.rating_count AS count, a.rating_locked AS locked,
      COALESCE(SUM(v.removed_at IS NULL AND v.updated_at >= ${now - HOUR}), 0) AS votesLastHour,
      COALESCE(SUM(v.removed_at IS NULL AND v.updated_at >= ${now - DAY}), 0) AS votesLastDay,
      COALESCE(SUM(v.removed_at IS NULL), 0) AS votes,
      COALESCE(SUM(v.removed_at IS NOT NULL), 0) AS removedVotes
    FROM candidates c JOIN articles a ON a.id = c.id JOIN votes v ON v.article_id = c.id
    GROUP BY c.id`);
  const recent = loadFlagInputs(sql`v.updated_at >= ${now - LIST_LOOKBACK_MS}`);
  // Indexed once for all articles: the shared-address rule looks at every article's votes.
  const siteVotes = indexSiteVotes(
    loadSiteVotes(
      recent.map((v) => v.addressHash),
      now - LIST_LOOKBACK_MS - DAY,
      now + DAY,
    ),
  );
  const byArticle = new Map<number, (FlagInput & { removed: boolean })[]>();
  for (const v of recent)
    (byArticle.get(v.articleId) ?? byArticle.set(v.articleId, []).get(v.articleId)!).push(v);
  const flagged = new Map<number, number>();
  for (const [articleId, votes] of byArticle) {
    const flags = computeFlags(votes, siteVotes);
    flagged.set(articleId, votes.filter((v) => !v.removed && flags.get(v.id)!.length > 0).length);
  }
  return rows
    .map(({ sum, count, locked, ...row }) => ({
      ...row,
      locked: !!locked,
      average: count ? sum / count : null,
      flaggedVotes: flagged.get(row.id) ?? 0,
    }))
    .sort(
      (a, b) =>
        b.flaggedVotes - a.flaggedVotes ||
        b.votesLastHour - a.votesLastHour ||
        b.votesLastDay - a.votesLastDay ||
        b.votes - a.votes,
    )
    .slice(0, limit);
}

export type VoteFilters = {
  from?: number;
  to?: number;
  stars?: number;
  flag?: FlagKind;
  /** A reader's short id, as shown in the table. */
  reader?: string;
  /** A prefix of the address hash, as shown in the table. */
  address?: string;
  status?: 'counted' | 'removed' | 'all';
};

export type VoteRow = {
  id: number;
  votedAt: number;
  stars: number;
  reader: string;
  address: string;
  userAgentFamily: string;
  sawPage: boolean;
  removedAt: number | null;
  removedByActionId: number | null;
  flags: FlagKind[];
};

export type ArticleVotes = {
  article: {
    id: number;
    title: string;
    slug: string;
    average: number | null;
    count: number;
    locked: boolean;
    views: number;
  };
  votes: VoteRow[];
  /** How many rows matched the filters (the table shows at most VOTES_PAGE_LIMIT). */
  matching: number;
  flagCounts: Record<FlagKind, number>;
};

/** One article's votes with their flags, newest first, filtered. Null when the article does not exist. */
export function listVotes(actor: Actor, articleId: number, filters: VoteFilters = {}): ArticleVotes | null {
  requireModerator(actor);
  const db = getDb();
  const article = db.get<{
    id: number;
    title: string;
    slug: string;
    sum: number;
    count: number;
    locked: number;
    views: number;
  }>(sql`
    SELECT id, title, slug, rating_sum AS sum, rating_count AS count, rating_locked AS locked, views FROM articles WHERE id = ${articleId}`);
  if (!article) return null;
  const all = loadFlagInputs(sql`v.article_id = ${articleId}`);
  const times = all.map((v) => v.votedAt);
  const siteVotes = all.length
    ? loadSiteVotes(
        all.map((v) => v.addressHash),
        Math.min(...times) - DAY,
        Math.max(...times) + DAY,
      )
    : [];
  const flags = computeFlags(all, siteVotes);
  const flagCounts = Object.fromEntries(FLAG_KINDS.map((k) => [k, 0])) as Record<FlagKind, number>;
  for (const v of all) if (!v.removed) for (const k of flags.get(v.id)!) flagCounts[k]++;

  const status = filters.status ?? 'all';
  const matching = all
    .filter((v) => (status === 'all' ? true : status === 'removed' ? v.removed : !v.removed))
    .filter((v) => filters.from === undefined || v.votedAt >= filters.from)
    .filter((v) => filters.to === undefined || v.votedAt < filters.to)
    .filter((v) => filters.stars === undefined || v.stars === filters.stars)
    .filter((v) => !filters.flag || flags.get(v.id)!.includes(filters.flag))
    .filter(
      (v) => !filters.reader || readerShortId(v.readerId).startsWith(filters.reader.trim().toLowerCase()),
    )
    .filter((v) => !filters.address || v.addressHash.startsWith(filters.address.trim()))
    .sort((a, b) => b.votedAt - a.votedAt || b.id - a.id);
  const { sum, count, locked, ...rest } = article;
  return {
    article: { ...rest, average: count ? sum / count : null, count, locked: !!locked },
    votes: matching.slice(0, VOTES_PAGE_LIMIT).map((v) => ({
      id: v.id,
      votedAt: v.votedAt,
      stars: v.stars,
      reader: readerShortId(v.readerId),
      address: addressShort(v.addressHash),
      userAgentFamily: v.userAgentFamily,
      sawPage: v.sawPage,
      removedAt: v.removedAt,
      removedByActionId: v.removedByActionId,
      flags: flags.get(v.id)!,
    })),
    matching: matching.length,
    flagCounts,
  };
}

type LoadedVote = FlagInput & {
  articleId: number;
  userAgentFamily: string;
  removed: boolean;
  removedAt: number | null;
  removedByActionId: number | null;
};

function loadFlagInputs(where: ReturnType<typeof sql>): LoadedVote[] {
  return getDb()
    .all<Omit<LoadedVote, 'sawPage' | 'removed'> & { sawPage: number }>(
      sql`
      SELECT v.id, v.article_id AS articleId, v.reader_id AS readerId, v.stars, v.address_hash AS addressHash,
        v.network_hash AS networkHash, v.saw_page AS sawPage, v.updated_at AS votedAt,
        v.user_agent_family AS userAgentFamily, v.removed_at AS removedAt, v.removed_by_action_id AS removedByActionId
      FROM votes v WHERE ${where}`,
    )
    .map((v) => ({ ...v, sawPage: !!v.sawPage, removed: v.removedAt !== null }));
}

function loadSiteVotes(addressHashes: string[], from: number, to: number): SiteVote[] {
  const unique = [...new Set(addressHashes)].filter((hash) => hash !== CLEARED);
  if (!unique.length) return [];
  return getDb().all<SiteVote>(sql`
    SELECT address_hash AS addressHash, reader_id AS readerId, updated_at AS votedAt FROM votes
    WHERE address_hash IN (SELECT value FROM json_each(${JSON.stringify(unique)}))
      AND updated_at BETWEEN ${from} AND ${to}`);
}

// Every instant is stored as UTC milliseconds since the epoch (DESIGN.md §4).
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const now = sql`(CAST(unixepoch('subsec') * 1000 AS INTEGER))`;

export const ROLES = ['journalist', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Stored states; "scheduled" is derived: published with a publish time still ahead. */
export const ARTICLE_STATUSES = ['draft', 'review', 'published', 'unpublished'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const TEXT_DIRECTIONS = ['ltr', 'rtl'] as const;
export type TextDirection = (typeof TEXT_DIRECTIONS)[number];

/**
 * A language of the newsroom (issue 11, README "Editions"): its own front page, sections and tags. The
 * default edition is served without a prefix; every other under `/<tag>`. Editions are never deleted, so
 * the `edition_id` columns below need no foreign key (SQLite cannot add one to an existing table
 * without rebuilding it and its triggers); the data layer checks them.
 */
export const editions = sqliteTable(
  'editions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** A BCP 47 language tag in its canonical case, e.g. "en", "id", "ar", "pt-BR". */
    tag: text('tag').notNull().unique(),
    /** The language's name in itself: "English", "Bahasa Indonesia", "العربية". */
    name: text('name').notNull(),
    direction: text('direction', { enum: TEXT_DIRECTIONS }).notNull().default('ltr'),
    isDefault: integer('is_default', { mode: 'boolean' }).notNull().default(false),
    position: integer('position').notNull().default(0),
    createdAt: integer('created_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('editions_default_idx')
      .on(t.isDefault)
      .where(sql`is_default = 1`),
  ],
);

/** The edition migration 0007 creates for every newsroom that existed before editions. */
export const FIRST_EDITION_ID = 1;

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  /** Null for an author who has never been given a password: they cannot sign in. */
  passwordHash: text('password_hash'),
  /** The short byline name, e.g. "Budi N". */
  name: text('name').notNull(),
  /** e.g. "Budi Nugroho P." */
  fullName: text('full_name').notNull(),
  slug: text('slug').notNull().unique(),
  avatarImageId: integer('avatar_image_id'),
  bio: text('bio').notNull().default(''),
  role: text('role', { enum: ROLES }).notNull().default('journalist'),
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
  /** Bumped when a password changes or the account is disabled: older sessions stop working. */
  sessionVersion: integer('session_version').notNull().default(0),
  createdAt: integer('created_at').notNull().default(now),
  updatedAt: integer('updated_at').notNull().default(now),
});

// Slugs stay unique across editions, so a section's or tag's URL is its edition's prefix plus a slug
// that no other edition uses; names are unique within an edition ("Politik" may exist once in `id`).
/**
 * The editions a staff member works in (issue 11). No row for a user means every edition: a newsroom
 * with one desk never has to set this, and an admin is never limited.
 */
export const staffEditions = sqliteTable(
  'staff_editions',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    editionId: integer('edition_id')
      .notNull()
      .references(() => editions.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.editionId] })],
);

export const sections = sqliteTable(
  'sections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    slug: text('slug').notNull().unique(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
    editionId: integer('edition_id').notNull().default(FIRST_EDITION_ID),
  },
  (t) => [uniqueIndex('sections_edition_name_idx').on(t.editionId, t.name)],
);

export const tags = sqliteTable(
  'tags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    slug: text('slug').notNull().unique(),
    editionId: integer('edition_id').notNull().default(FIRST_EDITION_ID),
  },
  (t) => [uniqueIndex('tags_edition_name_idx').on(t.editionId, t.name)],
);

/** An uploaded image; its resized files live under data/uploads/<key>-<width>.<ext>. */
export const images = sqliteTable('images', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  key: text('key').notNull().unique(),
  mime: text('mime').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  /** JSON array of the widths written to disk, ascending. */
  widths: text('widths').notNull(),
  uploadedBy: integer('uploaded_by').references(() => users.id),
  createdAt: integer('created_at').notNull().default(now),
});

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** Sanitised HTML (DESIGN.md §6). */
    body: text('body').notNull().default(''),
    leadImageId: integer('lead_image_id').references(() => images.id),
    leadImageCaption: text('lead_image_caption').notNull().default(''),
    leadImageCredit: text('lead_image_credit').notNull().default(''),
    sectionId: integer('section_id').references(() => sections.id),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    createdBy: integer('created_by').references(() => users.id),
    status: text('status', { enum: ARTICLE_STATUSES }).notNull().default('draft'),
    publishedAt: integer('published_at'),
    /** Optimistic concurrency: every save must name the version it was based on. */
    version: integer('version').notNull().default(1),
    views: integer('views').notNull().default(0),
    ratingSum: integer('rating_sum').notNull().default(0),
    ratingCount: integer('rating_count').notNull().default(0),
    ratingLocked: integer('rating_locked', { mode: 'boolean' }).notNull().default(false),
    /** Fixed when the article is created: its translations and its section live in the same edition. */
    editionId: integer('edition_id').notNull().default(FIRST_EDITION_ID),
    /** The story this article translates (always the first of its group); null for a source. */
    translationOf: integer('translation_of'),
    /**
     * For a translation: the source's `version` it was made from, or last marked current against. The
     * source's version moving past it is "source updated since translation".
     */
    translationSourceVersion: integer('translation_source_version'),
    createdAt: integer('created_at').notNull().default(now),
    updatedAt: integer('updated_at').notNull().default(now),
  },
  // Each list's index starts with its equality filters and ends with its order (issue 9), so a
  // page is a short walk down one index and a count is a range of it (README "Archive scale").
  (t) => [
    index('articles_public_idx').on(t.status, t.publishedAt),
    index('articles_author_idx').on(t.authorId, t.publishedAt),
    index('articles_section_idx').on(t.sectionId, t.publishedAt),
    index('articles_section_list_idx').on(t.status, t.sectionId, t.publishedAt, t.id),
    index('articles_author_list_idx').on(t.status, t.authorId, t.editionId, t.publishedAt, t.id),
    index('articles_edition_list_idx').on(t.status, t.editionId, t.publishedAt, t.id),
    // One translation per edition of a story; the group is read through it too.
    uniqueIndex('articles_translation_idx').on(t.translationOf, t.editionId),
    index('articles_updated_idx').on(t.updatedAt, t.id),
    index('articles_status_updated_idx').on(t.status, t.updatedAt, t.id),
    index('articles_author_updated_idx').on(t.authorId, t.updatedAt, t.id),
    // The dashboard filtered by edition (issue 11): one edition's articles, most recently updated first.
    index('articles_edition_updated_idx').on(t.editionId, t.updatedAt, t.id),
    // The stats table's order (publish time, or creation time for a draft) as expression indexes: the
    // planner walks them instead of sorting, and unlike a virtual column's index they cover the walk.
    index('articles_listed_idx').on(sql`coalesce(published_at, created_at)`, t.id),
    index('articles_author_listed_idx').on(t.authorId, sql`coalesce(published_at, created_at)`, t.id),
    // Only rated articles: best rated and the site's mean read these rows, not the archive.
    index('articles_rated_idx')
      .on(t.ratingCount, t.ratingSum, t.status, t.authorId)
      .where(sql`rating_count > 0`),
  ],
);

export const articleTags = sqliteTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
    /** Copies of the article's status and publish time, kept by triggers (migration
     * 0001_archive_indexes), so a tag page is one walk down article_tags_list_idx. */
    status: text('status', { enum: ARTICLE_STATUSES }),
    publishedAt: integer('published_at'),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.tagId] }),
    index('article_tags_list_idx').on(t.tagId, t.status, t.publishedAt, t.articleId),
  ],
);

/** How many articles each author has in each edition and stored status, kept exact by triggers on articles
 * (every write path, in the writing transaction): the dashboard and stats totals read a few rows. */
export const articleCounts = sqliteTable(
  'article_counts',
  {
    authorId: integer('author_id').notNull(),
    editionId: integer('edition_id').notNull().default(FIRST_EDITION_ID),
    status: text('status', { enum: ARTICLE_STATUSES }).notNull(),
    n: integer('n').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.authorId, t.editionId, t.status] })],
);

/** How many articles with stored status 'published' (scheduled ones included) each section and tag
 * has, kept exact by triggers (migration 0006_list_counts_and_titles) in the writing transaction: a public
 * list's page count is this less its few articles still waiting for their time (listings.ts). */
export const listCounts = sqliteTable(
  'list_counts',
  {
    list: text('list', { enum: ['section', 'tag'] }).notNull(),
    listId: integer('list_id').notNull(),
    n: integer('n').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.list, t.listId] })],
);

/** Old slugs of published articles, answered with a permanent redirect. */
export const slugRedirects = sqliteTable('slug_redirects', {
  slug: text('slug').primaryKey(),
  articleId: integer('article_id')
    .notNull()
    .references(() => articles.id, { onDelete: 'cascade' }),
});

/** One row per (article, reader); a removed vote keeps its row so moderation can be undone. */
export const votes = sqliteTable(
  'votes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    readerId: text('reader_id').notNull(),
    stars: integer('stars').notNull(),
    /** HMAC of the client address with the server secret; the raw address is never stored. */
    addressHash: text('address_hash').notNull(),
    /** HMAC of the /24 (IPv4) or /48 (IPv6) network prefix, for burst rules. */
    networkHash: text('network_hash').notNull(),
    userAgentFamily: text('user_agent_family').notNull().default(''),
    /** Whether this reader had loaded the article's page (a counted or deduplicated view) before voting. */
    sawPage: integer('saw_page', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at').notNull().default(now),
    updatedAt: integer('updated_at').notNull().default(now),
    removedAt: integer('removed_at'),
    removedByActionId: integer('removed_by_action_id'),
  },
  (t) => [
    uniqueIndex('votes_article_reader_idx').on(t.articleId, t.readerId),
    index('votes_article_time_idx').on(t.articleId, t.createdAt),
    index('votes_address_idx').on(t.addressHash, t.createdAt),
    index('votes_network_idx').on(t.networkHash, t.createdAt),
    // Moderation's activity list starts from recent votes, not from the articles.
    index('votes_updated_idx').on(t.updatedAt, t.articleId),
    // Only votes whose address hash is still kept (db/address-retention.ts): the hourly prune finds
    // what is due without reading the votes it cleared before.
    index('votes_address_kept_idx')
      .on(t.updatedAt)
      .where(sql`address_hash <> ''`),
  ],
);

/** When each reader was last counted for an article: the 30-minute rule reads this. */
export const readerViews = sqliteTable(
  'reader_views',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    readerId: text('reader_id').notNull(),
    lastCountedAt: integer('last_counted_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.readerId] })],
);

/** Views per article per day (UTC date, YYYY-MM-DD). */
export const viewDays = sqliteTable(
  'view_days',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    day: text('day').notNull(),
    count: integer('count').notNull().default(0),
  },
  // Covering (day, article, count): most read sums a week of rows without touching the table.
  (t) => [
    primaryKey({ columns: [t.articleId, t.day] }),
    index('view_days_day_idx').on(t.day, t.articleId, t.count),
  ],
);

export const revisions = sqliteTable(
  'revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    slug: text('slug').notNull(),
    summary: text('summary').notNull(),
    body: text('body').notNull(),
    sectionId: integer('section_id'),
    authorId: integer('author_id').notNull(),
    /** JSON array of tag names. */
    tags: text('tags').notNull().default('[]'),
    savedBy: integer('saved_by').references(() => users.id),
    createdAt: integer('created_at').notNull().default(now),
  },
  (t) => [uniqueIndex('revisions_article_version_idx').on(t.articleId, t.version)],
);

/** Every workflow transition: who, when, from, to, and the comment (for a send-back). */
export const transitions = sqliteTable(
  'transitions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    actorId: integer('actor_id').references(() => users.id),
    comment: text('comment').notNull().default(''),
    createdAt: integer('created_at').notNull().default(now),
  },
  (t) => [index('transitions_article_idx').on(t.articleId, t.createdAt)],
);

/** Sign-ins, staff changes and moderation actions; moderation rows can be undone. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actorId: integer('actor_id').references(() => users.id),
    action: text('action').notNull(),
    targetType: text('target_type').notNull().default(''),
    targetId: text('target_id').notNull().default(''),
    /** Free JSON with what an undo or a reader of the log needs. */
    detail: text('detail').notNull().default('{}'),
    reason: text('reason').notNull().default(''),
    affected: integer('affected').notNull().default(0),
    createdAt: integer('created_at').notNull().default(now),
    undoneAt: integer('undone_at'),
    undoneBy: integer('undone_by').references(() => users.id),
  },
  (t) => [
    index('audit_log_action_idx').on(t.action, t.createdAt),
    index('audit_log_time_idx').on(t.createdAt),
    // Entries still naming an address hash: sign-ins (in detail) and address-wide moderation actions.
    index('audit_log_address_kept_idx')
      .on(t.createdAt)
      .where(
        sql`json_extract(detail, '$.addressHash') IS NOT NULL OR (target_type = 'address' AND target_id <> '')`,
      ),
  ],
);

/** Sign-in attempts, for throttling (per account and per address hash). */
export const loginAttempts = sqliteTable(
  'login_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    addressHash: text('address_hash').notNull(),
    success: integer('success', { mode: 'boolean' }).notNull(),
    createdAt: integer('created_at').notNull().default(now),
  },
  (t) => [
    index('login_attempts_email_idx').on(t.email, t.createdAt),
    index('login_attempts_address_idx').on(t.addressHash, t.createdAt),
    index('login_attempts_address_kept_idx')
      .on(t.createdAt)
      .where(sql`address_hash <> ''`),
  ],
);

/**
 * Staff sign-in sessions (issue 12): the session cookie names a row here, and a session ends when
 * its row goes (sign-out, "sign out everywhere", a password change, disabling the account).
 */
export const sessions = sqliteTable(
  'sessions',
  {
    /** 256 random bits, base64url; also inside the signed session cookie. */
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull().default(now),
    /** Refreshed at most every few minutes, so idle sessions can be cleared after a working day. */
    lastSeenAt: integer('last_seen_at').notNull().default(now),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_seen_idx').on(t.lastSeenAt)],
);

/** Fixed-window counters for rate limits, shared by every process on the machine. */
export const rateBuckets = sqliteTable('rate_buckets', {
  key: text('key').primaryKey(),
  windowStart: integer('window_start').notNull(),
  count: integer('count').notNull().default(0),
});

/** Key-value settings that belong to the newsroom (e.g. its name). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

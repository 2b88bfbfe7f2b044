// `npm run seed -- --articles N [--authors K]`: a large synthetic archive for benchmarks. Uses the
// sections and authors already there (adding demo sections and byline-only authors when missing),
// and writes with prepared statements in batched transactions: 10,000 articles take a few seconds.
import { parseArgs } from 'node:util';
import { getDb } from '../db';
import { DEMO_SECTIONS } from '../db/demo/content';
import { seededRandom } from '../db/demo/stats';
import { slugify } from '../lib/slugs';
import { runCli, UsageError } from './lib/cli';
import { expirePagesEverywhere } from './lib/expire-pages';

const USAGE = `Usage:
  npm run seed -- --articles N [--authors K]

Adds N published synthetic articles spread over the last two years. Existing sections and authors are
reused; sections are created when there are none, and byline-only authors are added until there are K
(default: 8 when the database has no users).`;

const DAY = 24 * 60 * 60 * 1000;
const BATCH = 2000;

const SUBJECTS = [
  'Council',
  'Harbour authority',
  'Tram operator',
  'Polytechnic',
  'Shipyard',
  'Museum',
  'Market traders',
  'Ferry company',
  'Hospital',
  'Library service',
  'Residents',
  'Observatory',
];
const VERBS = [
  'approves',
  'delays',
  'reviews',
  'expands',
  'questions',
  'funds',
  'opens',
  'redesigns',
  'defends',
  'pauses',
];
const OBJECTS = [
  'night bus plan',
  'sea wall upgrade',
  'rent register',
  'data portal',
  'seagrass survey',
  'shopfront grants',
  'winter timetable',
  'school streets trial',
  'quay repairs',
  'festival route',
  'fibre network',
  'ferry fares',
];
const PLACES = [
  'Eastbank',
  'the Saltmarket',
  'Harrow Hill',
  'Kestrel Point',
  'Lantern Row',
  'the Old Quay',
  'the Narrows',
];
const SENTENCES = [
  'Officials said the decision followed months of consultation with residents and local businesses.',
  'The proposal will be discussed again at the next meeting of the relevant committee.',
  'Critics argued that the figures did not account for rising costs over the coming years.',
  'Supporters said the change was overdue and would be felt most in the outer districts.',
  'A spokesperson declined to say when a final decision would be made.',
  'Figures published on Friday show the trend continuing for a third consecutive quarter.',
  'Residents who spoke at the public meeting were divided on the question.',
  'The plan is expected to cost less than first estimated, according to the council’s own report.',
  'Researchers cautioned that one year of data was not enough to draw firm conclusions.',
  'Work is due to begin in the spring and to finish before the end of next year.',
  'Several traders said they had not been told about the change until this week.',
  'The city has set aside money for the first phase, with further funding still to be agreed.',
];

function pick<T>(list: T[], random: () => number): T {
  return list[Math.floor(random() * list.length)];
}

function syntheticBody(random: () => number): string {
  const paragraph = () => `<p>${Array.from({ length: 5 }, () => pick(SENTENCES, random)).join(' ')}</p>`;
  const first = Array.from({ length: 3 }, paragraph).join('\n');
  const rest = Array.from({ length: 3 }, paragraph).join('\n');
  return `${first}\n<h2>What happens next</h2>\n<blockquote><p>${pick(SENTENCES, random)}</p></blockquote>\n${rest}`;
}

function parseCount(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 1_000_000)
    throw new UsageError(`${flag} must be a whole number from 1 to 1000000 (got "${value}").`);
  return Number(value);
}

runCli(async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: true,
    options: {
      articles: { type: 'string' },
      authors: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return console.log(USAGE);
  const articleCount = parseCount(values.articles, '--articles');
  if (articleCount === undefined) throw new UsageError('Missing --articles N.');
  const wantedAuthors = parseCount(values.authors, '--authors');
  const started = Date.now();
  const sqlite = getDb().$client;
  const runId = started.toString(36);
  const random = seededRandom(started % 2 ** 31);

  const ensureSetup = sqlite.transaction(() => {
    if ((sqlite.prepare('SELECT count(*) AS n FROM sections').get() as { n: number }).n === 0) {
      const insert = sqlite.prepare(
        'INSERT INTO sections (name, slug, description, position) VALUES (?, ?, ?, ?)',
      );
      DEMO_SECTIONS.forEach((s, i) => insert.run(s.name, slugify(s.name), s.description, i));
    }
    const existing = (sqlite.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
    const target = wantedAuthors ?? (existing === 0 ? 8 : existing);
    const insertUser = sqlite.prepare(
      "INSERT INTO users (email, name, full_name, slug, role, bio) VALUES (?, ?, ?, ?, 'journalist', 'Synthetic author for benchmarks.')",
    );
    for (let i = existing; i < target; i++) {
      const name = `Synthetic ${String.fromCharCode(65 + (i % 26))}${i}`;
      insertUser.run(
        `synthetic-${runId}-${i}@newsroom.example`,
        name,
        `${name} Author`,
        `synthetic-${runId}-${i}`,
      );
    }
    if ((sqlite.prepare('SELECT count(*) AS n FROM tags').get() as { n: number }).n === 0) {
      const insertTag = sqlite.prepare('INSERT INTO tags (name, slug) VALUES (?, ?)');
      for (const name of [...OBJECTS, ...PLACES])
        insertTag.run(name[0].toUpperCase() + name.slice(1), slugify(name));
    }
  });
  ensureSetup();

  const sectionIds = (sqlite.prepare('SELECT id FROM sections').all() as { id: number }[]).map((r) => r.id);
  const authorIds = (sqlite.prepare('SELECT id FROM users WHERE disabled = 0').all() as { id: number }[]).map(
    (r) => r.id,
  );
  const tagIds = (sqlite.prepare('SELECT id FROM tags').all() as { id: number }[]).map((r) => r.id);
  const insertArticle = sqlite.prepare(`INSERT INTO articles
    (slug, title, summary, body, section_id, author_id, created_by, status, published_at, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, 'published', ?, ?, ?)`);
  const insertTag = sqlite.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)');
  const insertRevision = sqlite.prepare(`INSERT INTO revisions
    (article_id, version, title, slug, summary, body, section_id, author_id, tags, saved_by, created_at)
    VALUES (?, 1, ?, ?, ?, ?, ?, ?, '[]', NULL, ?)`);
  const now = Math.floor(started / 60_000) * 60_000;

  const writeBatch = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const title = `${pick(SUBJECTS, random)} ${pick(VERBS, random)} ${pick(OBJECTS, random)} in ${pick(PLACES, random)}`;
      const slug = `${slugify(title, 60)}-${runId}-${i}`;
      const summary = pick(SENTENCES, random);
      const body = syntheticBody(random);
      const publishedAt = now - Math.floor(random() * 730 * 24 * 60) * 60_000 - DAY;
      const sectionId = pick(sectionIds, random);
      const authorId = pick(authorIds, random);
      const id = insertArticle.run(
        slug,
        title,
        summary,
        body,
        sectionId,
        authorId,
        authorId,
        publishedAt,
        publishedAt,
        publishedAt,
      ).lastInsertRowid as number;
      for (let t = Math.floor(random() * 3); t > 0 && tagIds.length; t--)
        insertTag.run(id, pick(tagIds, random));
      insertRevision.run(id, title, slug, summary, body, sectionId, authorId, publishedAt);
    }
  });
  for (let from = 0; from < articleCount; from += BATCH)
    writeBatch(from, Math.min(from + BATCH, articleCount));
  // New articles reach every list, and a section may have been created: any running server shows them.
  await expirePagesEverywhere({ articles: [], sectionList: true });

  const seconds = (Date.now() - started) / 1000;
  console.log(
    `Added ${articleCount} articles (${authorIds.length} authors, ${sectionIds.length} sections) in ${seconds.toFixed(1)} s.`,
  );
}, USAGE);

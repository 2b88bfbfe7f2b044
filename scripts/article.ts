// `npm run article -- import FILE.json`: publishes finished articles from JSON, all or nothing.
import { readFileSync } from 'node:fs';
import { importArticles, parseImportJson } from '../db/articles/imports';
import { CliError, runCli, UsageError } from './lib/cli';
import { articlesAdded, expirePagesEverywhere } from './lib/expire-pages';
import { articleAddress, configuredSiteOrigin, UNKNOWN_ADDRESS_NOTE } from './lib/site-address';

const USAGE = `Usage:
  npm run article -- import FILE.json

FILE.json holds one article or an array of them:
  { "title": "…", "body": "<p>HTML…</p>", "author": "staff@example.com", "section": "Politics",
    "publishedAt": "2026-04-26T09:30:00+07:00", "summary": "…" (optional), "tags": ["…"] (optional) }
A section or tag that does not exist yet is created. publishedAt needs a timezone offset (or Z).
Every item is checked first; if any is wrong nothing is imported. Items are counted from 1.
Each new article's address is printed under SITE_URL (or NEWSROOM_URL); without either, its path.`;

runCli(async () => {
  const [command, file, ...extra] = process.argv.slice(2);
  if (command === 'help' || command === '--help' || command === '-h') return console.log(USAGE);
  if (command !== 'import')
    throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.');
  if (!file) throw new UsageError('Missing the file to import.');
  if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  // Checked before anything is written, so a mistyped SITE_URL does not follow a finished import.
  const origin = configuredSiteOrigin();
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT' ? `File not found: ${file}` : `Cannot read ${file}: ${(error as Error).message}`,
    );
  }
  const imported = importArticles(parseImportJson(json), 'operator');
  await expirePagesEverywhere(articlesAdded(imported.map((a) => a.id)));
  const now = Date.now();
  for (const article of imported) {
    const when =
      article.publishedAt > now ? ` (scheduled for ${new Date(article.publishedAt).toISOString()})` : '';
    console.log(`${articleAddress(origin, article.slug)}${when}`);
  }
  if (!origin && imported.length) console.error(UNKNOWN_ADDRESS_NOTE);
  console.error(`Imported ${imported.length} article${imported.length === 1 ? '' : 's'}.`);
}, USAGE);

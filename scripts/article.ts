// `npm run article -- import FILE.json`: publishes finished articles from JSON, all or nothing.
import { readFileSync } from 'node:fs';
import { importArticles, parseImportJson } from '../db/articles/imports';
import { CliError, runCli, UsageError } from './lib/cli';
import { articlesAdded, expirePagesEverywhere } from './lib/expire-pages';

const USAGE = `Usage:
  npm run article -- import FILE.json

FILE.json holds one article or an array of them:
  { "title": "…", "body": "<p>HTML…</p>", "author": "staff@example.com", "section": "Politics",
    "publishedAt": "2026-04-26T09:30:00+07:00", "summary": "…" (optional), "tags": ["…"] (optional) }
A section or tag that does not exist yet is created. publishedAt needs a timezone offset (or Z).
Every item is checked first; if any is wrong nothing is imported. Items are counted from 1.`;

/** Where readers find the site: NEWSROOM_URL, else the local server `npm start` runs (PORT or 3000). */
function baseUrl(): string {
  return (process.env.NEWSROOM_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '');
}

runCli(async () => {
  const [command, file, ...extra] = process.argv.slice(2);
  if (command === 'help' || command === '--help' || command === '-h') return console.log(USAGE);
  if (command !== 'import')
    throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.');
  if (!file) throw new UsageError('Missing the file to import.');
  if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}".`);
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
    console.log(`${baseUrl()}/articles/${article.slug}${when}`);
  }
  console.error(`Imported ${imported.length} article${imported.length === 1 ? '' : 's'}.`);
}, USAGE);

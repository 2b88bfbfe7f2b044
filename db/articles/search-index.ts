// Keeps the full-text index in step with the articles. Triggers (migration 0002_search_index)
// queue every article whose title, summary, body, byline or tags changed, whichever path wrote
// it; this module turns the queued articles' HTML into plain text and rewrites their search
// documents. Every search calls syncSearchIndex() first, so results never lag a write.
import 'server-only';
import { getDb } from '@/db';
import { htmlToTextBlocks } from '@/lib/html-text';
import { indexableText } from '@/lib/search-query';

type SourceRow = { id: number; title: string; summary: string; body: string; author: string; tags: string };

/** Rewrites the search documents of every queued article; returns how many it handled. */
export function syncSearchIndex(): number {
  const sqlite = getDb().$client;
  // The common case, nothing queued, costs one primary-key probe.
  if (!sqlite.prepare('SELECT 1 FROM search_pending LIMIT 1').get()) return 0;
  const pending = sqlite.prepare('SELECT article_id AS id FROM search_pending LIMIT 500');
  const source = sqlite.prepare(
    `SELECT a.id, a.title, a.summary, a.body, u.name || ' ' || u.full_name AS author,
            coalesce((SELECT group_concat(t.name, ', ') FROM article_tags at JOIN tags t ON t.id = at.tag_id
                      WHERE at.article_id = a.id), '') AS tags
       FROM articles a JOIN users u ON u.id = a.author_id WHERE a.id = ?`,
  );
  const upsert = sqlite.prepare(
    `INSERT INTO search_documents (article_id, title, summary, body, author, tags) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (article_id) DO UPDATE SET title = excluded.title, summary = excluded.summary,
       body = excluded.body, author = excluded.author, tags = excluded.tags`,
  );
  const remove = sqlite.prepare('DELETE FROM search_documents WHERE article_id = ?');
  const done = sqlite.prepare('DELETE FROM search_pending WHERE article_id = ?');
  let handled = 0;
  // Batches of 500 in one transaction each: a large backlog (an upgrade, a bulk import) never
  // holds the write lock for long, and a crash loses nothing because the queue row goes last.
  const batch = sqlite.transaction(() => {
    const ids = (pending.all() as { id: number }[]).map((r) => r.id);
    for (const id of ids) {
      const row = source.get(id) as SourceRow | undefined;
      if (row) upsert.run(row.id, ...documentOf(row));
      else remove.run(id);
      done.run(id);
    }
    return ids.length;
  });
  for (let n = batch(); n > 0; n = batch()) handled += n;
  return handled;
}

function documentOf(row: SourceRow): [string, string, string, string, string] {
  // Link targets and image markup are not words of the story; the visible text is.
  const html = row.body.replace(/<(?:a|img)\b[^>]*>/gi, ' ');
  const body = htmlToTextBlocks(html).join('\n');
  return [row.title, row.summary, body, row.author, row.tags].map(indexableText) as [
    string,
    string,
    string,
    string,
    string,
  ];
}

-- Full-text search (issue 10). search_documents holds the plain text of every article (body without
-- HTML, byline, tag names); search_index is an FTS5 external-content index over it, kept in step
-- by the three triggers below. SQL cannot strip HTML, so the triggers on articles, article_tags,
-- tags and users only queue the article in search_pending; db/articles/search-index.ts rewrites
-- the queued documents before every search, so a search always sees the latest writes, whichever
-- path (editor, import, restore, CLI, raw SQL) made them.
CREATE TABLE `search_documents` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`body` text NOT NULL,
	`author` text NOT NULL,
	`tags` text NOT NULL
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_index` USING fts5(
	title, summary, body, author, tags,
	content='search_documents', content_rowid='article_id',
	tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
--> statement-breakpoint
CREATE TRIGGER `search_documents_ai` AFTER INSERT ON `search_documents` BEGIN
	INSERT INTO search_index(rowid, title, summary, body, author, tags)
	VALUES (new.article_id, new.title, new.summary, new.body, new.author, new.tags);
END;
--> statement-breakpoint
CREATE TRIGGER `search_documents_ad` AFTER DELETE ON `search_documents` BEGIN
	INSERT INTO search_index(search_index, rowid, title, summary, body, author, tags)
	VALUES ('delete', old.article_id, old.title, old.summary, old.body, old.author, old.tags);
END;
--> statement-breakpoint
CREATE TRIGGER `search_documents_au` AFTER UPDATE ON `search_documents` BEGIN
	INSERT INTO search_index(search_index, rowid, title, summary, body, author, tags)
	VALUES ('delete', old.article_id, old.title, old.summary, old.body, old.author, old.tags);
	INSERT INTO search_index(rowid, title, summary, body, author, tags)
	VALUES (new.article_id, new.title, new.summary, new.body, new.author, new.tags);
END;
--> statement-breakpoint
-- The queue inserts say "unless already queued" in their WHERE clause rather than INSERT OR IGNORE:
-- inside a trigger, the outer statement's conflict clause (an upsert, say) overrides the trigger's.
CREATE TABLE `search_pending` (
	`article_id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TRIGGER `search_articles_ai` AFTER INSERT ON `articles` BEGIN
	INSERT INTO search_pending(article_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE article_id = new.id);
END;
--> statement-breakpoint
-- Only the indexed columns: a view or a vote (UPDATE articles SET views = …) queues nothing.
CREATE TRIGGER `search_articles_au` AFTER UPDATE OF title, summary, body, author_id ON `articles` BEGIN
	INSERT INTO search_pending(article_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE article_id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_articles_ad` AFTER DELETE ON `articles` BEGIN
	DELETE FROM search_documents WHERE article_id = old.id;
	DELETE FROM search_pending WHERE article_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_article_tags_ai` AFTER INSERT ON `article_tags` BEGIN
	INSERT INTO search_pending(article_id) SELECT new.article_id WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE article_id = new.article_id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_article_tags_ad` AFTER DELETE ON `article_tags` BEGIN
	INSERT INTO search_pending(article_id) SELECT old.article_id WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE article_id = old.article_id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_tags_au` AFTER UPDATE OF name ON `tags` BEGIN
	INSERT INTO search_pending(article_id) SELECT DISTINCT article_id FROM article_tags WHERE tag_id = new.id
		AND article_id NOT IN (SELECT article_id FROM search_pending);
END;
--> statement-breakpoint
CREATE TRIGGER `search_users_au` AFTER UPDATE OF name, full_name ON `users` BEGIN
	INSERT INTO search_pending(article_id) SELECT id FROM articles WHERE author_id = new.id
		AND id NOT IN (SELECT article_id FROM search_pending);
END;
--> statement-breakpoint
-- Existing articles: queued here, indexed by the first search (the HTML-to-text step is JavaScript).
INSERT INTO search_pending(article_id) SELECT id FROM articles;

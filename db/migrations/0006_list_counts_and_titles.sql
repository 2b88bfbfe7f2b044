CREATE TABLE `list_counts` (
	`list` text NOT NULL,
	`list_id` integer NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`list`, `list_id`)
);
--> statement-breakpoint
-- Hand-written below (drizzle-kit does not model triggers). list_counts counts the rows whose stored
-- status is 'published', scheduled ones included: "public" also needs the publish time to have
-- passed, which changes with the clock and no write, so the lists subtract their few future rows
-- at query time (db/articles/listings.ts). The triggers count in the writing transaction on every
-- write path (editor, workflow, imports, seed, demo, deletes, restores of older backups through
-- this backfill, plain SQL). Each bump is an UPDATE after an INSERT … WHERE NOT EXISTS rather than
-- an upsert: inside a trigger, the outer statement's conflict clause (the import's ON CONFLICT DO
-- NOTHING on article_tags, say) would override the trigger's own.
INSERT INTO `list_counts` (`list`, `list_id`, `n`)
  SELECT 'section', `section_id`, COUNT(*) FROM `articles`
  WHERE `status` = 'published' AND `section_id` IS NOT NULL GROUP BY `section_id`;--> statement-breakpoint
INSERT INTO `list_counts` (`list`, `list_id`, `n`)
  SELECT 'tag', `tag_id`, COUNT(*) FROM `article_tags` WHERE `status` = 'published' GROUP BY `tag_id`;--> statement-breakpoint
CREATE TRIGGER `list_counts_section_on_insert` AFTER INSERT ON `articles`
  WHEN NEW.`status` = 'published' AND NEW.`section_id` IS NOT NULL BEGIN
  INSERT INTO `list_counts` (`list`, `list_id`, `n`) SELECT 'section', NEW.`section_id`, 0
    WHERE NOT EXISTS (SELECT 1 FROM `list_counts` WHERE `list` = 'section' AND `list_id` = NEW.`section_id`);
  UPDATE `list_counts` SET `n` = `n` + 1 WHERE `list` = 'section' AND `list_id` = NEW.`section_id`;
END;--> statement-breakpoint
CREATE TRIGGER `list_counts_section_on_delete` AFTER DELETE ON `articles`
  WHEN OLD.`status` = 'published' AND OLD.`section_id` IS NOT NULL BEGIN
  UPDATE `list_counts` SET `n` = `n` - 1 WHERE `list` = 'section' AND `list_id` = OLD.`section_id`;
END;--> statement-breakpoint
CREATE TRIGGER `list_counts_section_on_update` AFTER UPDATE OF `status`, `section_id` ON `articles`
  WHEN OLD.`status` IS NOT NEW.`status` OR OLD.`section_id` IS NOT NEW.`section_id` BEGIN
  UPDATE `list_counts` SET `n` = `n` - 1
    WHERE OLD.`status` = 'published' AND `list` = 'section' AND `list_id` = OLD.`section_id`;
  INSERT INTO `list_counts` (`list`, `list_id`, `n`) SELECT 'section', NEW.`section_id`, 0
    WHERE NEW.`status` = 'published' AND NEW.`section_id` IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM `list_counts` WHERE `list` = 'section' AND `list_id` = NEW.`section_id`);
  UPDATE `list_counts` SET `n` = `n` + 1
    WHERE NEW.`status` = 'published' AND `list` = 'section' AND `list_id` = NEW.`section_id`;
END;--> statement-breakpoint
-- article_tags rows usually arrive without a status; article_tags_copy_on_insert (0001) then copies
-- the article's, which counts here as an update. articles_copy_to_tags carries status changes over.
CREATE TRIGGER `list_counts_tag_on_insert` AFTER INSERT ON `article_tags`
  WHEN NEW.`status` = 'published' BEGIN
  INSERT INTO `list_counts` (`list`, `list_id`, `n`) SELECT 'tag', NEW.`tag_id`, 0
    WHERE NOT EXISTS (SELECT 1 FROM `list_counts` WHERE `list` = 'tag' AND `list_id` = NEW.`tag_id`);
  UPDATE `list_counts` SET `n` = `n` + 1 WHERE `list` = 'tag' AND `list_id` = NEW.`tag_id`;
END;--> statement-breakpoint
CREATE TRIGGER `list_counts_tag_on_delete` AFTER DELETE ON `article_tags`
  WHEN OLD.`status` = 'published' BEGIN
  UPDATE `list_counts` SET `n` = `n` - 1 WHERE `list` = 'tag' AND `list_id` = OLD.`tag_id`;
END;--> statement-breakpoint
CREATE TRIGGER `list_counts_tag_on_update` AFTER UPDATE OF `status`, `tag_id` ON `article_tags`
  WHEN OLD.`status` IS NOT NEW.`status` OR OLD.`tag_id` IS NOT NEW.`tag_id` BEGIN
  UPDATE `list_counts` SET `n` = `n` - 1
    WHERE OLD.`status` = 'published' AND `list` = 'tag' AND `list_id` = OLD.`tag_id`;
  INSERT INTO `list_counts` (`list`, `list_id`, `n`) SELECT 'tag', NEW.`tag_id`, 0
    WHERE NEW.`status` = 'published'
      AND NOT EXISTS (SELECT 1 FROM `list_counts` WHERE `list` = 'tag' AND `list_id` = NEW.`tag_id`);
  UPDATE `list_counts` SET `n` = `n` + 1
    WHERE NEW.`status` = 'published' AND `list` = 'tag' AND `list_id` = NEW.`tag_id`;
END;--> statement-breakpoint
CREATE TRIGGER `list_counts_section_gone` AFTER DELETE ON `sections` BEGIN
  DELETE FROM `list_counts` WHERE `list` = 'section' AND `list_id` = OLD.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `list_counts_tag_gone` AFTER DELETE ON `tags` BEGIN
  DELETE FROM `list_counts` WHERE `list` = 'tag' AND `list_id` = OLD.`id`;
END;
--> statement-breakpoint
-- The dashboard's "Title contains" filter: every article's title as FTS5 trigrams, so a substring of
-- three or more characters is found from this index instead of by reading each article's row (a
-- quoted trigram phrase matches exactly the titles containing it, case-insensitively). An external-
-- content index over articles.title, kept by the triggers below; like 0002's, they must be
-- recreated by any later migration that rebuilds the articles table.
CREATE VIRTUAL TABLE `article_titles` USING fts5(title, content='articles', content_rowid='id', tokenize='trigram');--> statement-breakpoint
INSERT INTO `article_titles` (`article_titles`) VALUES ('rebuild');--> statement-breakpoint
CREATE TRIGGER `article_titles_on_insert` AFTER INSERT ON `articles` BEGIN
  INSERT INTO `article_titles` (rowid, `title`) VALUES (NEW.`id`, NEW.`title`);
END;--> statement-breakpoint
CREATE TRIGGER `article_titles_on_delete` AFTER DELETE ON `articles` BEGIN
  INSERT INTO `article_titles` (`article_titles`, rowid, `title`) VALUES ('delete', OLD.`id`, OLD.`title`);
END;--> statement-breakpoint
CREATE TRIGGER `article_titles_on_update` AFTER UPDATE OF `title` ON `articles`
  WHEN OLD.`title` IS NOT NEW.`title` BEGIN
  INSERT INTO `article_titles` (`article_titles`, rowid, `title`) VALUES ('delete', OLD.`id`, OLD.`title`);
  INSERT INTO `article_titles` (rowid, `title`) VALUES (NEW.`id`, NEW.`title`);
END;

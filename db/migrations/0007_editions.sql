CREATE TABLE `editions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tag` text NOT NULL,
	`name` text NOT NULL,
	`direction` text DEFAULT 'ltr' NOT NULL,
	`is_default` integer DEFAULT false NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `editions_tag_unique` ON `editions` (`tag`);--> statement-breakpoint
CREATE UNIQUE INDEX `editions_default_idx` ON `editions` (`is_default`) WHERE is_default = 1;--> statement-breakpoint
-- Hand-written: every newsroom so far has published in English under unprefixed URLs; that is its
-- first, default edition, and every existing article, section and tag belongs to it (the column
-- defaults below). The ids of the default edition's rows are FIRST_EDITION_ID in db/schema.ts.
INSERT INTO `editions` (`id`, `tag`, `name`, `direction`, `is_default`, `position`) VALUES (1, 'en', 'English', 'ltr', 1, 0);--> statement-breakpoint
DROP INDEX `sections_name_unique`;--> statement-breakpoint
ALTER TABLE `sections` ADD `edition_id` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `sections_edition_name_idx` ON `sections` (`edition_id`,`name`);--> statement-breakpoint
DROP INDEX `tags_name_unique`;--> statement-breakpoint
ALTER TABLE `tags` ADD `edition_id` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `tags_edition_name_idx` ON `tags` (`edition_id`,`name`);--> statement-breakpoint
DROP INDEX `articles_author_list_idx`;--> statement-breakpoint
ALTER TABLE `articles` ADD `edition_id` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `translation_of` integer;--> statement-breakpoint
CREATE INDEX `articles_edition_list_idx` ON `articles` (`status`,`edition_id`,`published_at`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `articles_translation_idx` ON `articles` (`translation_of`,`edition_id`);--> statement-breakpoint
CREATE INDEX `articles_author_list_idx` ON `articles` (`status`,`author_id`,`edition_id`,`published_at`,`id`);--> statement-breakpoint
-- Hand-written: the old counter triggers go before their table is rebuilt (a rename re-reads every
-- trigger, and theirs would name a table that is gone); new ones are created at the end.
DROP TRIGGER IF EXISTS `articles_count_on_insert`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `articles_count_on_delete`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `articles_count_on_update`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_article_counts` (
	`author_id` integer NOT NULL,
	`edition_id` integer DEFAULT 1 NOT NULL,
	`status` text NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`author_id`, `edition_id`, `status`)
);
--> statement-breakpoint
INSERT INTO `__new_article_counts`("author_id", "edition_id", "status", "n") SELECT "author_id", 1, "status", "n" FROM `article_counts`;--> statement-breakpoint
DROP TABLE `article_counts`;--> statement-breakpoint
ALTER TABLE `__new_article_counts` RENAME TO `article_counts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
-- Hand-written: the author counters gain the edition, so an author's page in one edition counts only
-- that edition's articles; the triggers of migration 0001 are rebuilt to keep the new key (sums over
-- editions, as the dashboard and stats read them, are unchanged). Bumps follow 0006's insert-then-
-- update pattern, so no outer statement's conflict clause can override them.
CREATE TRIGGER `articles_count_on_insert` AFTER INSERT ON `articles` BEGIN
  INSERT INTO `article_counts` (`author_id`, `edition_id`, `status`, `n`)
    SELECT NEW.`author_id`, NEW.`edition_id`, NEW.`status`, 0
    WHERE NOT EXISTS (SELECT 1 FROM `article_counts` WHERE `author_id` = NEW.`author_id`
      AND `edition_id` = NEW.`edition_id` AND `status` = NEW.`status`);
  UPDATE `article_counts` SET `n` = `n` + 1
    WHERE `author_id` = NEW.`author_id` AND `edition_id` = NEW.`edition_id` AND `status` = NEW.`status`;
END;--> statement-breakpoint
CREATE TRIGGER `articles_count_on_delete` AFTER DELETE ON `articles` BEGIN
  UPDATE `article_counts` SET `n` = `n` - 1
    WHERE `author_id` = OLD.`author_id` AND `edition_id` = OLD.`edition_id` AND `status` = OLD.`status`;
END;--> statement-breakpoint
CREATE TRIGGER `articles_count_on_update` AFTER UPDATE OF `author_id`, `edition_id`, `status` ON `articles`
  WHEN OLD.`author_id` IS NOT NEW.`author_id` OR OLD.`edition_id` IS NOT NEW.`edition_id`
    OR OLD.`status` IS NOT NEW.`status` BEGIN
  UPDATE `article_counts` SET `n` = `n` - 1
    WHERE `author_id` = OLD.`author_id` AND `edition_id` = OLD.`edition_id` AND `status` = OLD.`status`;
  INSERT INTO `article_counts` (`author_id`, `edition_id`, `status`, `n`)
    SELECT NEW.`author_id`, NEW.`edition_id`, NEW.`status`, 0
    WHERE NOT EXISTS (SELECT 1 FROM `article_counts` WHERE `author_id` = NEW.`author_id`
      AND `edition_id` = NEW.`edition_id` AND `status` = NEW.`status`);
  UPDATE `article_counts` SET `n` = `n` + 1
    WHERE `author_id` = NEW.`author_id` AND `edition_id` = NEW.`edition_id` AND `status` = NEW.`status`;
END;

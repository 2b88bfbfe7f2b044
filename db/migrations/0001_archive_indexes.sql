CREATE TABLE `article_counts` (
	`author_id` integer NOT NULL,
	`status` text NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`author_id`, `status`)
);
--> statement-breakpoint
DROP INDEX `article_tags_tag_idx`;--> statement-breakpoint
ALTER TABLE `article_tags` ADD `status` text;--> statement-breakpoint
ALTER TABLE `article_tags` ADD `published_at` integer;--> statement-breakpoint
CREATE INDEX `article_tags_list_idx` ON `article_tags` (`tag_id`,`status`,`published_at`,`article_id`);--> statement-breakpoint
DROP INDEX `view_days_day_idx`;--> statement-breakpoint
CREATE INDEX `view_days_day_idx` ON `view_days` (`day`,`article_id`,`count`);--> statement-breakpoint
ALTER TABLE `articles` ADD `listed_at` integer GENERATED ALWAYS AS (coalesce(published_at, created_at)) VIRTUAL;--> statement-breakpoint
CREATE INDEX `articles_section_list_idx` ON `articles` (`status`,`section_id`,`published_at`,`id`);--> statement-breakpoint
CREATE INDEX `articles_author_list_idx` ON `articles` (`status`,`author_id`,`published_at`,`id`);--> statement-breakpoint
CREATE INDEX `articles_updated_idx` ON `articles` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `articles_status_updated_idx` ON `articles` (`status`,`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `articles_author_updated_idx` ON `articles` (`author_id`,`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `articles_listed_idx` ON `articles` (`listed_at`,`id`);--> statement-breakpoint
CREATE INDEX `articles_author_listed_idx` ON `articles` (`author_id`,`listed_at`,`id`);--> statement-breakpoint
CREATE INDEX `articles_rated_idx` ON `articles` (`rating_count`,`rating_sum`,`status`,`author_id`) WHERE rating_count > 0;--> statement-breakpoint
CREATE INDEX `votes_updated_idx` ON `votes` (`updated_at`,`article_id`);--> statement-breakpoint
-- Hand-written below (drizzle-kit does not model triggers). Triggers keep the copies and counters
-- exact in the writing transaction on every write path: the editor, the workflow, imports, the
-- seed scripts, deletes and plain SQL alike.
UPDATE `article_tags` SET
  `status` = (SELECT `status` FROM `articles` WHERE `articles`.`id` = `article_tags`.`article_id`),
  `published_at` = (SELECT `published_at` FROM `articles` WHERE `articles`.`id` = `article_tags`.`article_id`);--> statement-breakpoint
INSERT INTO `article_counts` (`author_id`, `status`, `n`)
  SELECT `author_id`, `status`, COUNT(*) FROM `articles` GROUP BY `author_id`, `status`;--> statement-breakpoint
CREATE TRIGGER `article_tags_copy_on_insert` AFTER INSERT ON `article_tags` BEGIN
  UPDATE `article_tags` SET
    `status` = (SELECT `status` FROM `articles` WHERE `id` = NEW.`article_id`),
    `published_at` = (SELECT `published_at` FROM `articles` WHERE `id` = NEW.`article_id`)
  WHERE `article_id` = NEW.`article_id` AND `tag_id` = NEW.`tag_id`;
END;--> statement-breakpoint
CREATE TRIGGER `articles_copy_to_tags` AFTER UPDATE OF `status`, `published_at` ON `articles`
  WHEN OLD.`status` IS NOT NEW.`status` OR OLD.`published_at` IS NOT NEW.`published_at` BEGIN
  UPDATE `article_tags` SET `status` = NEW.`status`, `published_at` = NEW.`published_at`
  WHERE `article_id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `articles_count_on_insert` AFTER INSERT ON `articles` BEGIN
  INSERT INTO `article_counts` (`author_id`, `status`, `n`) VALUES (NEW.`author_id`, NEW.`status`, 1)
    ON CONFLICT (`author_id`, `status`) DO UPDATE SET `n` = `n` + 1;
END;--> statement-breakpoint
CREATE TRIGGER `articles_count_on_delete` AFTER DELETE ON `articles` BEGIN
  UPDATE `article_counts` SET `n` = `n` - 1 WHERE `author_id` = OLD.`author_id` AND `status` = OLD.`status`;
END;--> statement-breakpoint
CREATE TRIGGER `articles_count_on_update` AFTER UPDATE OF `author_id`, `status` ON `articles`
  WHEN OLD.`author_id` IS NOT NEW.`author_id` OR OLD.`status` IS NOT NEW.`status` BEGIN
  UPDATE `article_counts` SET `n` = `n` - 1 WHERE `author_id` = OLD.`author_id` AND `status` = OLD.`status`;
  INSERT INTO `article_counts` (`author_id`, `status`, `n`) VALUES (NEW.`author_id`, NEW.`status`, 1)
    ON CONFLICT (`author_id`, `status`) DO UPDATE SET `n` = `n` + 1;
END;

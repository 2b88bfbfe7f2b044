CREATE TABLE `staff_editions` (
	`user_id` integer NOT NULL,
	`edition_id` integer NOT NULL,
	PRIMARY KEY(`user_id`, `edition_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`edition_id`) REFERENCES `editions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `articles` ADD `translation_source_version` integer;--> statement-breakpoint
-- Hand-written: translations made before this column existed count as made from their source as it
-- is now, so none is flagged stale the day this ships.
UPDATE `articles` SET `translation_source_version` = (SELECT `s`.`version` FROM `articles` AS `s` WHERE `s`.`id` = `articles`.`translation_of`) WHERE `translation_of` IS NOT NULL;

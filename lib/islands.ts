// The browser side of readers' pages is one plain module per page type under public/islands/ (DESIGN.md
// §1): no framework runtime is sent to readers. This is the server's half of that contract: the
// module's address, versioned by its content so it can be cached for a year, and the plural
// templates it fills in.
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentVersion } from './island-version.mjs';

/** Where a template takes the count, and where its <views> part begins and ends (as in the module). */
export const COUNT_MARK = '\uE000';
export const OPEN_MARK = '\uE001';
export const CLOSE_MARK = '\uE002';

const versions = new Map<string, string>();

/** `/islands/<name>?v=<hash of its content>`: a new version is a new address, so it is never stale. */
export function islandSrc(name: string): string {
  let version = versions.get(name);
  if (version === undefined) {
    version = contentVersion(readFileSync(path.join(process.cwd(), 'public', 'islands', name)));
    versions.set(name, version);
  }
  return `/islands/${name}?v=${version}`;
}

/** One number in each plural category of `locale`: the smallest that falls in it. */
function categoryExamples(locale: string): Map<string, number> {
  const rules = new Intl.PluralRules(locale);
  const examples = new Map<string, number>();
  const wanted = rules.resolvedOptions().pluralCategories.length;
  for (let n = 0; n <= 1_000 && examples.size < wanted; n++) {
    const category = rules.select(n);
    if (!examples.has(category)) examples.set(category, n);
  }
  return examples;
}

/**
 * A count message as the browser needs it: for each plural category of `locale`, the message
 * rendered for a number in that category, with COUNT_MARK where the count is written. `render`
 * formats the message for a count, writing `shown` where the number goes.
 */
export function pluralTemplates(
  locale: string,
  render: (count: number, shown: string) => string,
): Record<string, string> {
  const templates: Record<string, string> = {};
  for (const [category, n] of categoryExamples(locale)) templates[category] = render(n, COUNT_MARK);
  return templates;
}

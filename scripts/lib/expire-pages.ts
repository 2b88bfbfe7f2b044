// The CLI tools change what readers see but cannot reach the servers' memory: they write the tags
// of what they changed to the shared store every server process checks before its next cache read
// (lib/cache/tag-store.mjs), so an import is on the lists at once rather than when a window ends.
import { tagsOf } from '../../app/cache-tags';
import { getDb } from '../../db';
import { articleRefs, type Affected } from '../../db/affected';
import { expireTagsEverywhere } from '../../lib/cache/tag-store.mjs';

/** Expires, in every server process, the pages a write affected. */
export async function expirePagesEverywhere(affected: Affected): Promise<void> {
  await expireTagsEverywhere(tagsOf(affected));
}

/** What an import or a seed run changed: its articles' pages and lists, and any section it created. */
export function articlesAdded(ids: number[]): Affected {
  return { articles: articleRefs(getDb(), ids), sectionList: true };
}

// Next's cacheHandler (next.config.mjs) for several server processes: Next's own cache, which keeps
// rendered pages and unstable_cache data in this process's memory (isrFlushToDisk stays off, so a
// swapped database is never shadowed by pages on disk), plus one set of expired tags shared by all
// processes and the CLI tools (lib/cache/tag-store.mjs).
//
// Next decides staleness from an in-process table of tag times (its "tags manifest") on every
// cache read. This handler keeps that table in step with the shared store: before each read it
// copies in whatever other processes expired since its last look; when this process expires tags
// (updateTag, revalidateTag, revalidatePath) it writes them to the store before the action answers.
// So Next's own rules apply unchanged in every process: updateTag expires at once, a profile
// (revalidateTag(tag, 'max')) serves the old page once while the new one renders.
//
// `cacheHandlers` (plural) is for 'use cache', which this app does not use.
import { createRequire } from 'node:module';
import { expiryTimes, openTagStore } from './tag-store.mjs';

const require = createRequire(import.meta.url);
// Internal modules, pinned with the exact Next version in package.json. The tags manifest is an
// ".external" module: Next loads it unbundled, so this require returns the very Map Next reads.
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external');

// `next build` prerenders with this handler too; the build must not create a data folder.
const building = process.env.NEXT_PHASE === 'phase-production-build';

/** @type {import('./tag-store.mjs').TagStore | undefined} */
let store;
let cursor = 0;

function tagStore() {
  if (!store) {
    store = openTagStore();
    // scripts/serve.mjs announces the end of a drained server; the database closes the same way.
    process.once('newsroom:shutdown', () => void store?.close());
  }
  return store;
}

/** Copies the tag times other processes wrote since the last look; false if the store is unreachable. */
async function pullExpiredTags() {
  if (building) return true;
  try {
    const { seq, rows } = await tagStore().since(cursor);
    for (const { tag, stale, expired } of rows)
      tagsManifest.set(tag, { stale: stale ?? undefined, expired: expired ?? undefined });
    cursor = seq;
    return true;
  } catch {
    return false;
  }
}

// Entries older than this process can only be the build's: nothing rendered at run time outlives its
// process (isrFlushToDisk is off). The build rendered them from whatever database it saw, not this
// one (the 404 page listed no sections for its first minute after a start), so each is rendered anew
// on first use rather than served until its revalidate window ends.
const startedAt = Date.now();

export default class SharedTagsCacheHandler extends FileSystemCache {
  async get(...args) {
    // Without the shared tags this process cannot know what was taken down elsewhere: a miss makes
    // Next render from the database, slower but never stale (redis-tag-store.mjs logs the outage).
    if (!(await pullExpiredTags())) return null;
    const entry = await super.get(...args);
    const fromTheBuild =
      !building && typeof entry?.lastModified === 'number' && entry.lastModified < startedAt;
    return fromTheBuild ? null : entry;
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    if (building) return;
    const list = typeof tags === 'string' ? [tags] : tags;
    const { stale, expired } = expiryTimes(durations);
    // Awaited, and a failure propagates: the action must not report success while other
    // processes would go on serving the old page.
    await tagStore().write(list, stale, expired);
  }
}

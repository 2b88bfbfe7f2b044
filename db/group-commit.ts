// Group commit for the counters (DESIGN.md §3): the writes of requests that arrive together (views,
// votes, their rate limits) share one SQLite transaction, and each request is answered only once that
// transaction has committed. A commit costs the same for one write as for a hundred (the write lock,
// the WAL frames of the article's page), so a burst of readers pays it once per group instead of once
// per reader, and every count stays exact: the writes still run one after another, in arrival order.
//
// A group is what reached this process in one turn of the event loop: the first write schedules the
// commit with setImmediate, so an idle server answers at once and a busy one gathers whatever arrived
// while it worked. Each write runs inside a savepoint, so one that is refused (a RatingError, an
// article that is not public) or fails is undone alone and its request gets that error; the others
// commit. When the group itself fails (the lock not granted in the busy timeout, a full disk, a
// trigger's RAISE(ROLLBACK)), SQLite undoes all of it and every request of the group is answered with
// a GroupCommitError: nothing is half-written, and nobody is told a count that was not kept.
import 'server-only';
import type Database from 'better-sqlite3';
import { DomainError } from '@/lib/errors';
import { getDb, type Db } from '@/db';

/** More than this many waiting writes are committed as several groups, to keep each lock short. */
export const MAX_GROUP = 256;

export class GroupCommitError extends DomainError {
  override readonly status = 503;
  constructor(cause: unknown) {
    super('The count could not be saved just now. Please try again.', { cause });
    this.name = 'GroupCommitError';
  }
}

type Pending = {
  work: (db: Db) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
};

type Statements = Record<
  'begin' | 'savepoint' | 'release' | 'rollbackTo' | 'commit' | 'rollback',
  Database.Statement
>;

// One queue per process, even if the bundler gives the route handlers and instrumentation.ts
// (scripts/serve.mjs's live endpoint) separate copies of this module: they share one connection.
const shared = globalThis as unknown as { newsroomGroupCommit?: { queue: Pending[]; scheduled: boolean } };
const prepared = new WeakMap<Database.Database, Statements>();

function statementsOf(client: Database.Database): Statements {
  let statements = prepared.get(client);
  if (!statements) {
    statements = {
      // IMMEDIATE takes the write lock first: reads inside the group cannot go stale before its writes.
      begin: client.prepare('BEGIN IMMEDIATE'),
      savepoint: client.prepare('SAVEPOINT group_item'),
      release: client.prepare('RELEASE group_item'),
      rollbackTo: client.prepare('ROLLBACK TO group_item'),
      commit: client.prepare('COMMIT'),
      rollback: client.prepare('ROLLBACK'),
    };
    prepared.set(client, statements);
  }
  return statements;
}

/**
 * Runs `work` (synchronous statements on the connection it is given, never a transaction of its own)
 * in the next group transaction, and resolves with its result once that transaction has committed.
 * Rejects with what `work` threw (its savepoint undone), or with a GroupCommitError when the whole
 * group was rolled back.
 */
export function inGroupCommit<T>(work: (db: Db) => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const group = (shared.newsroomGroupCommit ??= { queue: [], scheduled: false });
    group.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
    if (!group.scheduled) {
      group.scheduled = true;
      setImmediate(flush);
    }
  });
}

function flush(): void {
  const group = shared.newsroomGroupCommit!;
  group.scheduled = false;
  while (group.queue.length > 0) commitGroup(group.queue.splice(0, MAX_GROUP));
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function failAll(batch: Pending[], cause: unknown): void {
  const error = new GroupCommitError(cause);
  for (const pending of batch) pending.reject(error);
}

function commitGroup(batch: Pending[]): void {
  let outcomes: Outcome[];
  try {
    outcomes = runGroup(batch);
  } catch (cause) {
    return failAll(batch, cause);
  }
  batch.forEach((pending, i) => {
    const outcome = outcomes[i];
    if (outcome.ok) pending.resolve(outcome.value);
    else pending.reject(outcome.error);
  });
}

/** Runs the batch in one transaction and commits it; throws, with nothing kept, when the group fails. */
function runGroup(batch: Pending[]): Outcome[] {
  const db = getDb();
  const client = db.$client;
  const statements = statementsOf(client);
  statements.begin.run();
  try {
    const outcomes = batch.map((pending) => runStep(pending, db, statements));
    statements.commit.run();
    return outcomes;
  } catch (cause) {
    if (client.inTransaction) statements.rollback.run();
    throw cause;
  }
}

/** One write in its own savepoint: undone alone when it throws, unless it ended the whole transaction. */
function runStep(pending: Pending, db: Db, statements: Statements): Outcome {
  statements.savepoint.run();
  try {
    const value = pending.work(db);
    statements.release.run();
    return { ok: true, value };
  } catch (error) {
    // Some failures (RAISE(ROLLBACK), a full disk) end the whole transaction, not just a statement.
    if (!db.$client.inTransaction) throw error;
    statements.rollbackTo.run();
    statements.release.run();
    return { ok: false, error };
  }
}

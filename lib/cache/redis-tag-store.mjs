// The shared expired-tag store on Redis (REDIS_URL), for several machines: the same rows as the
// SQLite store (lib/cache/tag-store.mjs) in a hash, with a counter and a sorted set of tags by the
// sequence number of their last change. Both operations are Lua scripts, so each is atomic and one
// round trip: a reader that finds the counter unchanged has paid one small EVAL.

const PREFIX = 'newsroom:cache-tags:';
const KEYS = [`${PREFIX}seq`, `${PREFIX}changes`, `${PREFIX}states`];

// Values are "stale:expired" in milliseconds, an empty side meaning "not set".
const WRITE = `
local seq = redis.call('INCR', KEYS[1])
for i = 1, #ARGV, 3 do
  local tag, stale, expired = ARGV[i], ARGV[i + 1], ARGV[i + 2]
  local old = redis.call('HGET', KEYS[3], tag)
  if old then
    local sep = string.find(old, ':', 1, true)
    if stale == '' then stale = string.sub(old, 1, sep - 1) end
    if expired == '' then expired = string.sub(old, sep + 1) end
  end
  redis.call('HSET', KEYS[3], tag, stale .. ':' .. expired)
  redis.call('ZADD', KEYS[2], seq, tag)
end
return seq`;

const SINCE = `
local seq = tonumber(redis.call('GET', KEYS[1]) or '0')
local out = { tostring(seq) }
if seq > tonumber(ARGV[1]) then
  for _, tag in ipairs(redis.call('ZRANGEBYSCORE', KEYS[2], '(' .. ARGV[1], '+inf')) do
    table.insert(out, tag)
    table.insert(out, redis.call('HGET', KEYS[3], tag))
  end
end
return out`;

const time = (text) => (text ? Number(text) : null);

/** @returns {import('./tag-store.mjs').TagStore} */
export function redisTagStore(url) {
  /** @type {import('@redis/client').RedisClientType | undefined} */
  let client;
  let down = false;
  /** The client once it is connected; waits at most `waitMs` for that, then fails. */
  async function connected(waitMs) {
    if (!client) {
      // Loaded only when REDIS_URL is set: the CLI tools and the embedded store never pay for it.
      const { createClient } = await import('@redis/client');
      if (!client) {
        // No offline queue: while Redis is away a command fails at once (the caller renders without
        // the cache) instead of holding the reader's request until the connection is back.
        client = createClient({ url, disableOfflineQueue: true });
        // Without a listener an error would crash the process; the client reconnects by itself.
        client.on('error', (error) => ((down = true), warnOnce(error)));
        client.on('ready', () => ((down = false), (warned = false)));
        client.connect().catch(() => {});
      }
    }
    // Only the very first connection is waited for; once Redis is known to be down, fail at once.
    if (!client.isReady && !down) await settled(client, waitMs);
    if (!client.isReady) throw new Error(`Redis at ${url} is not reachable.`);
    return client;
  }
  return {
    async since(cursor) {
      // A reader's request waits a moment for the first connection, no longer.
      const client = await connected(1000);
      const [seq, ...pairs] = /** @type {string[]} */ (
        await client.eval(SINCE, { keys: KEYS, arguments: [String(cursor)] })
      );
      const rows = [];
      for (let i = 0; i < pairs.length; i += 2) {
        const [stale, expired] = String(pairs[i + 1]).split(':');
        rows.push({ tag: pairs[i], stale: time(stale), expired: time(expired) });
      }
      return { seq: Number(seq), rows };
    },
    async write(tags, stale, expired) {
      if (!tags.length) return;
      const client = await connected(5000);
      const args = tags.flatMap((tag) => [
        tag,
        stale == null ? '' : String(stale),
        expired == null ? '' : String(expired),
      ]);
      await client.eval(WRITE, { keys: KEYS, arguments: args });
    },
    async close() {
      if (client?.isOpen) await client.close();
      else client?.destroy();
    },
  };
}

/** Resolves when the client connects or fails, or after `waitMs`. */
function settled(client, waitMs) {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      client.off('ready', done);
      client.off('error', done);
      resolve();
    };
    const timer = setTimeout(done, waitMs);
    client.once('ready', done);
    client.once('error', done);
  });
}

let warned = false;
function warnOnce(error) {
  if (warned) return;
  warned = true;
  console.error(
    `Redis (REDIS_URL) is unreachable: pages are rendered without the cache until it is back. ${error}`,
  );
}

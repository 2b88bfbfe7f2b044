// The shared expired-tag store on Redis (REDIS_URL), for several machines: the same rows as the
// SQLite store (cache/tag-store.mjs) in a hash, with a counter and a sorted set of tags by the
// sequence number of their last change. Both operations are Lua scripts, so each is atomic and one
// round trip: a reader that finds the counter unchanged has paid one small EVAL.
import { createClient } from '@redis/client';

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
  // No offline queue: while Redis is away a command fails at once (the caller renders without the
  // cache) instead of waiting for the reconnection with the reader's request.
  const client = createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: 2000 } });
  // Without a listener a dropped connection would crash the process; the client reconnects by itself.
  client.on('error', (error) => warnOnce(error));
  client.on('ready', () => (warned = false));
  let ready;
  const connected = () =>
    (ready ??= client.connect().catch((error) => ((ready = undefined), Promise.reject(error))));
  return {
    async since(cursor) {
      await connected();
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
      await connected();
      const args = tags.flatMap((tag) => [
        tag,
        stale == null ? '' : String(stale),
        expired == null ? '' : String(expired),
      ]);
      await client.eval(WRITE, { keys: KEYS, arguments: args });
    },
    async close() {
      if (client.isOpen) await client.close();
    },
  };
}

let warned = false;
function warnOnce(error) {
  if (warned) return;
  warned = true;
  console.error(
    `Redis (REDIS_URL) is unreachable: pages are rendered without the cache until it is back. ${error}`,
  );
}

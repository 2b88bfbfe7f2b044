// Types for cache/redis-tag-store.mjs.
import type { TagStore } from './tag-store.mjs';
export function redisTagStore(url: string): TagStore;

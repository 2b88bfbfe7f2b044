// Types for cache/tag-store.mjs (plain JavaScript, because Next loads cache/handler.mjs unbundled).
export type TagState = { tag: string; stale: number | null; expired: number | null };
export type TagStore = {
  since(cursor: number): Promise<{ seq: number; rows: TagState[] }>;
  write(tags: string[], stale: number | null, expired: number | null): Promise<void>;
  close(): Promise<void>;
};
export function tagStorePath(): string;
export function openTagStore(): TagStore;
export function sqliteTagStore(file: string): TagStore;
export function expiryTimes(
  durations: { expire?: number } | undefined,
  now?: number,
): { stale: number | null; expired: number | null };
export function expireTagsEverywhere(tags: string[]): Promise<void>;

// Types for lib/island-version.mjs.
export function contentVersion(bytes: Uint8Array): string;
export function islandVersions(dir: string): { name: string; version: string }[];

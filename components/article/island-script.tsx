import { islandSrc } from '@/lib/islands';

/** Loads public/islands/<name>: what a reader's page does in the browser (DESIGN.md §1). `nonce` only
 *  where the page is rendered per request under the nonce policy (the newsroom's preview). */
export function IslandScript({ name, nonce }: { name: string; nonce?: string }) {
  return <script type="module" src={islandSrc(name)} async nonce={nonce} />;
}

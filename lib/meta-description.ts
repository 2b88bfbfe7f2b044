// The meta description of a page that may have no summary: the summary when there is one, else
// the body's first sentences, cut at a word boundary under 160 characters (what search results
// show before they truncate).
import { htmlToTextBlocks } from './html-text';

export const DESCRIPTION_MAX = 160;

/** `text` whole if it fits, else its longest run of whole sentences, else whole words plus "…". */
export function clampDescription(text: string, max = DESCRIPTION_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length < max) return clean;
  const sentences = clean.match(/[^.!?]+[.!?]+(?=\s|$)/g) ?? [];
  let out = '';
  for (const s of sentences) {
    if ((out + s).trim().length >= max) break;
    out += s;
  }
  if (out.trim()) return out.trim();
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

export function describeArticle(summary: string, bodyHtml: string, fallback: string): string {
  if (summary.trim()) return clampDescription(summary);
  // Link targets and image markup are not prose.
  const text = htmlToTextBlocks(bodyHtml.replace(/<(?:a|img)\b[^>]*>/gi, ' ')).join(' ');
  return clampDescription(text) || fallback;
}

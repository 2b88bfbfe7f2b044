// A reader's search box text turned into a safe FTS5 MATCH expression, and FTS5 snippets turned
// into HTML. Nothing the reader types reaches FTS5 as syntax: every term becomes a quoted string
// (quotes doubled), so AND, NEAR(, *, ^, : and stray quotes are only words or separators.
// API: parseSearch(text) → { terms, match } ; snippetHtml(raw) → escaped HTML with <mark>.

/** At most eight terms of at most 64 characters: one request cannot build a huge query. */
export const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 64;

/** Private-use characters FTS5 puts around a hit; stripped from the indexed text so they are unique. */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';

export type SearchTerm = { text: string; phrase: boolean; prefix: boolean };
export type ParsedSearch = { terms: SearchTerm[]; match: string | null };

const HAS_WORD = /[\p{L}\p{N}]/u;
const OPERATORS = new Set(['AND', 'OR', 'NOT', 'NEAR']);

/** Quoted phrases stay together; other words are split on spaces. The last bare word, typed
 *  without a trailing space, matches as a prefix ("harb" finds "harbour") while the reader types. */
export function parseSearch(input: string): ParsedSearch {
  const text = input.normalize('NFC').slice(0, 2000);
  const terms: SearchTerm[] = [];
  // Outside quotes, anything but letters, digits and in-word marks (- ' . _) separates words, so
  // "NEAR(river" or "title:river" are two words, and FTS5's operator words are dropped.
  const pattern = /"([^"]*)"?|([\p{L}\p{N}\p{M}'’\-._]+)/gu;
  for (const m of text.matchAll(pattern)) {
    const phrase = m[1] !== undefined;
    const raw = (phrase ? m[1] : m[2]).replace(/"/g, ' ').trim().slice(0, MAX_TERM_LENGTH);
    // Only punctuation would be an empty FTS5 string: it could match nothing, so it is dropped.
    if (!HAS_WORD.test(raw) || (!phrase && OPERATORS.has(raw))) continue;
    if (terms.some((t) => t.text.toLowerCase() === raw.toLowerCase() && t.phrase === phrase)) continue;
    terms.push({ text: raw, phrase, prefix: false });
    if (terms.length === MAX_TERMS) break;
  }
  const last = terms.at(-1);
  if (last && !last.phrase && /[\p{L}\p{N}\p{M}]$/u.test(text)) last.prefix = true;
  const match = terms.length
    ? terms.map((t) => `"${t.text.replace(/"/g, '""')}"${t.prefix ? '*' : ''}`).join(' AND ')
    : null;
  return { terms, match };
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Escapes the snippet first, then turns FTS5's hit markers into <mark>: the text can never add tags. */
export function snippetHtml(raw: string): string {
  return escapeHtml(raw).replaceAll(MARK_OPEN, '<mark>').replaceAll(MARK_CLOSE, '</mark>');
}

/** Plain text for the index: no hit markers or control characters that would confuse snippets. */
export function indexableText(text: string): string {
  return text.replace(/[\uE000\uE001\u0000-\u0008\u000B-\u001F]/g, ' ');
}

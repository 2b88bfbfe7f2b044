// The search page's URL parameters, read leniently: a value that makes no sense is dropped and
// explained in a message, never a 500 and never a 404 (the reader typed it, or a form sent it).
import { newsroomTimeZone } from '@/lib/config';
import { parseNewsroomLocalTime } from '@/lib/time';
import type { SearchSort } from '@/db/types';

type Param = string | string[] | undefined;
export type SearchParams = {
  q: string;
  section: string;
  author: string;
  from: string;
  to: string;
  sort: SearchSort;
};
/** A value that was dropped, named by its message key (lib/i18n/messages, namespace Search). */
export type SearchProblem = {
  key: 'unknownSection' | 'unknownAuthor' | 'badFrom' | 'badTo';
  value: string;
};
export type SearchQuery = SearchParams & { fromMs?: number; toMs?: number; problems: SearchProblem[] };

const DAY_MS = 86_400_000;
const SLUG = /^[a-z0-9-]{1,100}$/;

function one(value: Param): string {
  return (typeof value === 'string' ? value : '').trim();
}

/** The reader's words, trimmed and capped, so the cache key and the query stay small. */
export function queryOf(q: Param): string {
  return one(q).replace(/\s+/g, ' ').slice(0, 200);
}

/** Midnight at the start of a YYYY-MM-DD day on the newsroom's clock, or null. */
function dayStart(day: string): number | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? parseNewsroomLocalTime(`${day}T00:00`, newsroomTimeZone()) : null;
}

export function readSearchParams(p: Record<string, Param>): SearchQuery {
  const problems: SearchProblem[] = [];
  const slug = (name: 'section' | 'author') => {
    const v = one(p[name]);
    const key = name === 'section' ? 'unknownSection' : 'unknownAuthor';
    if (v && !SLUG.test(v)) problems.push({ key, value: v.slice(0, 40) });
    return SLUG.test(v) ? v : '';
  };
  const date = (name: 'from' | 'to') => {
    const v = one(p[name]);
    const ms = v ? dayStart(v) : null;
    if (v && ms === null)
      problems.push({ key: name === 'from' ? 'badFrom' : 'badTo', value: v.slice(0, 40) });
    return { text: ms === null ? '' : v, ms: ms ?? undefined };
  };
  const from = date('from');
  const to = date('to');
  return {
    q: queryOf(p.q),
    section: slug('section'),
    author: slug('author'),
    from: from.text,
    to: to.text,
    fromMs: from.ms,
    // "To" names the last day included, so the bound is the start of the day after.
    toMs: to.ms === undefined ? undefined : to.ms + DAY_MS,
    sort: one(p.sort) === 'newest' ? 'newest' : 'relevance',
    problems,
  };
}

/** The parameters a page link keeps, empty ones left off by the pager. */
export function linkParams(s: SearchParams): Record<string, string> {
  return {
    q: s.q,
    section: s.section,
    author: s.author,
    from: s.from,
    to: s.to,
    sort: s.sort === 'newest' ? 'newest' : '',
  };
}

// Suspicion flags on votes, computed on the server from the vote rows. Pure functions: the queries
// that feed them live in moderation.ts. A flag is a reason to look, not a verdict: an admin decides.
import 'server-only';

/** Every threshold in one place; the descriptions below are generated from these numbers. */
export const FLAG_RULES = {
  /** Votes on one article from one address hash within a short window. */
  burst: { votes: 5, minutes: 10 },
  /** The same, from one network prefix (/24 or /48): looser, since a network holds many homes. */
  networkBurst: { votes: 10, minutes: 10 },
  /** Distinct readers (cookies) behind one address hash within a day, on one article or site-wide. */
  sharedAddress: { readersOnArticle: 4, readersSiteWide: 10, hours: 24 },
  /** The article's average moving this much within the window, compared with the votes before it. */
  suddenShift: { stars: 1.5, minutes: 60, votesBefore: 5, votesInWindow: 5 },
} as const;

export const FLAG_KINDS = [
  'burst',
  'network-burst',
  'shared-address',
  'never-saw-page',
  'sudden-shift',
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

const r = FLAG_RULES;
export const FLAG_LABELS: Record<FlagKind, string> = {
  burst: 'Burst from one address',
  'network-burst': 'Burst from one network',
  'shared-address': 'Many readers, one address',
  'never-saw-page': 'Never loaded the page',
  'sudden-shift': 'Sudden shift of the average',
};

/** Each rule in words, shown next to the flags so an admin knows exactly why a vote was raised. */
export const FLAG_RULE_TEXT: Record<FlagKind, string> = {
  burst: `${r.burst.votes} or more votes on this article from the same address within ${r.burst.minutes} minutes.`,
  'network-burst': `${r.networkBurst.votes} or more votes on this article from the same network (the address's /24 for IPv4, /48 for IPv6) within ${r.networkBurst.minutes} minutes.`,
  'shared-address': `${r.sharedAddress.readersOnArticle} or more different readers voted on this article from the same address, or ${r.sharedAddress.readersSiteWide} or more on any article, within ${r.sharedAddress.hours} hours of this vote (a reader who clears cookies becomes a new reader).`,
  'never-saw-page':
    'The reader voted without having loaded the article page first (the page counts a view or a repeat view before anyone can see the stars).',
  'sudden-shift': `The article's average moved by ${r.suddenShift.stars} stars or more within ${r.suddenShift.minutes} minutes, compared with the ${r.suddenShift.votesBefore} or more votes before, and this vote is one of the ${r.suddenShift.votesInWindow} or more in that window.`,
};

export type FlagInput = {
  id: number;
  readerId: string;
  stars: number;
  addressHash: string;
  networkHash: string;
  sawPage: boolean;
  /** When the current stars were cast (the row's updated_at). */
  votedAt: number;
};

/**
 * An address hash cleared after the retention period (db/address-retention.ts) is '': unknown, not
 * one address that every old vote shares, so rules about one address or network skip it.
 */
export const CLEARED = '';
/** Why "remove all from this address" refuses a cleared one: '' would match strangers' old votes. */
export const CLEARED_ADDRESS_REFUSAL =
  "This vote's address was cleared after the retention period, so there is no address to act on: remove the vote or the reader's votes instead.";

/** Votes from one address across the site: the "site-wide" half of the shared-address rule. */
export type SiteVote = { addressHash: string; readerId: string; votedAt: number };

const MIN = 60_000;

/** Flags for one article's votes (every row, removed ones too: they describe what happened). */
export type SiteIndex = Map<string, SiteVote[]>;

/** Site votes grouped by address and sorted by time: build once, share across many articles. */
export function indexSiteVotes(siteVotes: SiteVote[]): SiteIndex {
  return groupBy(
    [...siteVotes].sort((a, b) => a.votedAt - b.votedAt),
    (v) => v.addressHash,
  );
}

export function computeFlags(
  votes: FlagInput[],
  siteVotes: SiteVote[] | SiteIndex = [],
): Map<number, FlagKind[]> {
  const flags = new Map<number, FlagKind[]>(votes.map((v) => [v.id, []]));
  const raise = (id: number, kind: FlagKind) => flags.get(id)!.push(kind);
  const sorted = [...votes].sort((a, b) => a.votedAt - b.votedAt || a.id - b.id);

  for (const group of groupBy(sorted, (v) => v.addressHash).values()) {
    for (const v of inDenseWindows(group, r.burst.votes, r.burst.minutes * MIN)) raise(v.id, 'burst');
  }
  for (const group of groupBy(sorted, (v) => v.networkHash).values()) {
    for (const v of inDenseWindows(group, r.networkBurst.votes, r.networkBurst.minutes * MIN))
      raise(v.id, 'network-burst');
  }

  const day = r.sharedAddress.hours * 60 * MIN;
  const onArticle = readersAround(sorted, day);
  const siteGroups = siteVotes instanceof Map ? siteVotes : indexSiteVotes(siteVotes);
  for (const v of sorted) {
    const site = distinctReadersBetween(
      siteGroups.get(v.addressHash) ?? [],
      v.votedAt - day,
      v.votedAt + day,
    );
    if (onArticle.get(v.id)! >= r.sharedAddress.readersOnArticle || site >= r.sharedAddress.readersSiteWide) {
      raise(v.id, 'shared-address');
    }
    if (!v.sawPage) raise(v.id, 'never-saw-page');
  }

  for (const v of inShiftWindows(sorted)) raise(v.id, 'sudden-shift');
  return flags;
}

/** Groups by a hash; items whose hash was cleared belong to no group. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === CLEARED) continue;
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Items (sorted by time) that lie in some window of `windowMs` holding at least `min` items. */
function inDenseWindows<T extends { votedAt: number }>(items: T[], min: number, windowMs: number): T[] {
  const cover = new Array<number>(items.length + 1).fill(0);
  let j = 0;
  for (let i = 0; i < items.length; i++) {
    while (j < items.length && items[j].votedAt - items[i].votedAt <= windowMs) j++;
    if (j - i >= min) {
      cover[i]++;
      cover[j]--;
    }
  }
  const out: T[] = [];
  let depth = 0;
  for (let i = 0; i < items.length; i++) if ((depth += cover[i]) > 0) out.push(items[i]);
  return out;
}

/** For each vote, the distinct readers voting on the article from its address within ±windowMs. */
function readersAround(sorted: FlagInput[], windowMs: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const group of groupBy(sorted, (v) => v.addressHash).values()) {
    for (const v of group)
      out.set(v.id, distinctReadersBetween(group, v.votedAt - windowMs, v.votedAt + windowMs));
  }
  // A vote whose address was cleared has no known neighbours: it counts only its own reader.
  for (const v of sorted) if (!out.has(v.id)) out.set(v.id, 1);
  return out;
}

function distinctReadersBetween(
  sorted: { readerId: string; votedAt: number }[],
  from: number,
  to: number,
): number {
  const readers = new Set<string>();
  for (let i = lowerBound(sorted, from); i < sorted.length && sorted[i].votedAt <= to; i++)
    readers.add(sorted[i].readerId);
  return readers.size;
}

function lowerBound(sorted: { votedAt: number }[], t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].votedAt < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Votes inside a window whose arrival moved the running average by the shift threshold or more. */
function inShiftWindows(sorted: FlagInput[]): FlagInput[] {
  const rule = r.suddenShift;
  const prefix = [0];
  for (const v of sorted) prefix.push(prefix[prefix.length - 1] + v.stars);
  const cover = new Array<number>(sorted.length + 1).fill(0);
  let j = 0;
  for (let i = 0; i < sorted.length; i++) {
    j = Math.max(j, i);
    while (j < sorted.length && sorted[j].votedAt - sorted[i].votedAt <= rule.minutes * MIN) j++;
    if (i < rule.votesBefore || j - i < rule.votesInWindow) continue;
    const before = prefix[i] / i;
    const after = prefix[j] / j;
    if (Math.abs(after - before) >= rule.stars) {
      cover[i]++;
      cover[j]--;
    }
  }
  const out: FlagInput[] = [];
  let depth = 0;
  for (let i = 0; i < sorted.length; i++) if ((depth += cover[i]) > 0) out.push(sorted[i]);
  return out;
}

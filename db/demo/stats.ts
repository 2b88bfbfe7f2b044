// Believable reader numbers for the demo articles: views spread over the days after publication and
// a handful of votes from made-up readers. A seeded generator keeps every install identical, and the
// totals are derived from the rows, so the counters agree with the data from the first request.
import 'server-only';
import { createHash } from 'node:crypto';
import { addDays, newsroomDay } from '@/lib/days';

const DAY = 24 * 60 * 60 * 1000;

/** mulberry32: tiny, fast and good enough to scatter demo numbers. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Most reading happens in the first days: each day gets a share that halves, roughly, from the last. */
export function demoViewDays(
  publishedAt: number,
  now: number,
  random: () => number,
): { day: string; count: number }[] {
  const ageDays = Math.floor((now - publishedAt) / DAY);
  const days = Math.min(ageDays + 1, 30);
  const total = Math.round((250 + random() * 2200) * Math.min(1, (ageDays + 1) / 4));
  const weights = Array.from({ length: days }, (_, i) => Math.pow(0.55, i) * (0.8 + random() * 0.4));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((total * w) / sum));
  counts[0] += total - counts.reduce((a, b) => a + b, 0);
  // Calendar days on the newsroom's clock, like recordView's: adding 24-hour steps to an instant
  // could name one day twice across a DST change, and a day after today would be a view to come.
  const first = newsroomDay(publishedAt);
  const today = newsroomDay(now);
  return counts
    .map((count, i) => ({ day: addDays(first, i), count }))
    .filter((row) => row.count > 0 && row.day <= today);
}

const STARS = [1, 2, 3, 4, 5];
const STAR_WEIGHTS = [0.05, 0.08, 0.2, 0.35, 0.32];
const BROWSERS = ['Chrome 131', 'Safari 18', 'Firefox 133', 'Edge 131', 'Samsung Internet 27'];

function pickStars(random: () => number): number {
  let r = random();
  for (let i = 0; i < STARS.length; i++) if ((r -= STAR_WEIGHTS[i]) < 0) return STARS[i];
  return 5;
}

const hex = (text: string) => createHash('sha256').update(text).digest('hex');

export type DemoVote = {
  readerId: string;
  stars: number;
  addressHash: string;
  networkHash: string;
  userAgentFamily: string;
  sawPage: boolean;
  createdAt: number;
  updatedAt: number;
};

/**
 * Up to a dozen votes per article, cast within its first ten days. Address hashes have the shape of
 * the real HMACs (64 hex digits) but come from labels, not addresses: no real reader is in the demo.
 */
export function demoVotes(
  articleIndex: number,
  publishedAt: number,
  now: number,
  random: () => number,
): DemoVote[] {
  const ageMs = now - publishedAt;
  if (ageMs < DAY) return [];
  const count = Math.floor(random() * 13);
  return Array.from({ length: count }, (_, i) => {
    const reader = `${articleIndex}-${i}-${Math.floor(random() * 1e9)}`;
    const createdAt =
      publishedAt + Math.floor((random() * Math.min(ageMs - 60_000, 10 * DAY)) / 60_000) * 60_000;
    return {
      readerId: `demo-${hex(`reader:${reader}`).slice(0, 32)}`,
      stars: pickStars(random),
      addressHash: hex(`demo-address:${reader}`),
      networkHash: hex(`demo-network:${Math.floor(random() * 40)}`),
      userAgentFamily: BROWSERS[Math.floor(random() * BROWSERS.length)],
      sawPage: true,
      createdAt,
      updatedAt: createdAt,
    };
  });
}

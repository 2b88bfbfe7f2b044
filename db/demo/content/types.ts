// The shape of the demo newsroom's hand-written content. Times are relative to the day the demo is
// seeded, so a fresh install always looks current.
import 'server-only';

/** A body block: a string is a paragraph of (trusted, hand-written) inline HTML. */
export type Block =
  string | { h2: string } | { quote: string; cite?: string } | { list: string[]; ordered?: boolean };

export type DemoArticle = {
  title: string;
  summary: string;
  /** Key into DEMO_AUTHORS. */
  author: string;
  section: string;
  tags: string[];
  /** Whole days before the seeding day (UTC), and the UTC time of day "HH:MM". */
  daysAgo: number;
  at: string;
  body: Block[];
  image?: { key: string; caption: string; credit: string };
  /** Default published; "scheduled" = published with a time `daysAgo` days AHEAD (use a negative number). */
  status?: 'draft' | 'scheduled';
  /** BCP 47 tag of the edition the article belongs to; absent means the default edition, 'en'. */
  edition?: string;
  /** The exact title of the English demo article this one translates (same facts, names and quotes). */
  translationOf?: string;
  /** A Latin-letter slug for a title in another script, which slugify() would reduce to "untitled". */
  slug?: string;
};

/** An edition of the demo newsroom other than the default English one, with its own sections. */
export type DemoEdition = {
  tag: string;
  /** The edition's name in its own language and script. */
  name: string;
  direction: 'ltr' | 'rtl';
  /** Like DEMO_SECTIONS; `slug` gives a section named in another script a Latin-letter address. */
  sections: { name: string; description: string; slug?: string }[];
};

export type DemoAuthor = {
  key: string;
  email: string;
  name: string;
  fullName: string;
  role: 'journalist' | 'editor';
  bio: string;
};

export function renderBody(blocks: Block[]): string {
  return blocks
    .map((block) => {
      if (typeof block === 'string') return `<p>${block}</p>`;
      if ('h2' in block) return `<h2>${block.h2}</h2>`;
      if ('quote' in block)
        return `<blockquote><p>${block.quote}</p>${block.cite ? `<p>— ${block.cite}</p>` : ''}</blockquote>`;
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.list.map((item) => `<li>${item}</li>`).join('')}</${tag}>`;
    })
    .join('\n');
}

// @ts-check
// What an article page does in the browser, and all a reader's page runs (DESIGN.md §1): the page is
// server HTML without the framework's client runtime, and this module enhances the markup the server
// components in components/article/ rendered, reading what it needs from their data attributes:
//   [data-print-button]   opens the print dialog;
//   [data-printed-path]   shows the address the reader used (cached HTML cannot know the host);
//   [data-live-article]   records the view, shows live numbers, and votes without leaving the page;
//   [data-most-read]      fetches the "Most read" lists, which change more often than the page.
// Words come rendered by the server in the page's language; plural forms come as one template per
// plural category, chosen here with Intl.PluralRules, the rule next-intl applies on the server.
// One file on purpose, in small parts: a reader's browser fetches one script, not a chain of imports.

/** Where a template takes the count, and where its <views> part begins and ends. */
export const COUNT_MARK = '\uE000';
export const OPEN_MARK = '\uE001';
export const CLOSE_MARK = '\uE002';

/**
 * A count's message: the template of the count's plural category, with the count written as the
 * page's language writes numbers.
 * @param {Record<string, string>} templates
 * @param {{ plural: string, numbers: string }} locales
 * @param {number} n
 */
export function countText(templates, locales, n) {
  const category = new Intl.PluralRules(locales.plural).select(n);
  const template = templates[category] ?? templates.other ?? '';
  return template.split(COUNT_MARK).join(n.toLocaleString(locales.numbers));
}

/**
 * @typedef {{ views: number, ratingAverage: number, ratingCount: number, myVote: number | null, locked: boolean }} LiveState
 * @typedef {{
 *   id: number,
 *   state: LiveState,
 *   locales: { plural: string, numbers: string },
 *   english: boolean,
 *   text: Record<'saving'|'thanks'|'closed'|'notSaved'|'notSent'|'tooFast'|'averageBefore'|'averageAfter', string>,
 *   votes: Record<string, string>,
 *   readTimes: Record<string, string>,
 *   changed: string[],
 *   yourRating: string[],
 *   classes: { average: string, button: string, static: string },
 * }} LiveConfig
 * @typedef {{ get: () => LiveState, set: (next: Partial<LiveState>) => void, onChange: (paint: () => void) => void }} LiveNumbers
 */

/** @param {string} tag @param {Record<string, string>} attributes @param {(Node | string)[]} children */
function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** The article's numbers as last known, and what repaints when they change. @param {LiveState} initial @returns {LiveNumbers} */
function liveNumbers(initial) {
  let state = initial;
  /** @type {(() => void)[]} */
  const painters = [];
  return {
    get: () => state,
    set(next) {
      state = { ...state, ...next };
      for (const paint of painters) paint();
    },
    onChange: (paint) => void painters.push(paint),
  };
}

/** Records this view with one POST and takes the numbers it answers. @param {number} id @param {LiveNumbers} live */
function recordView(id, live) {
  const refresh = async () => {
    try {
      // POST, never GET: a prefetch, a HEAD or a crawler following links must not count as a view.
      const response = await fetch(`/api/articles/${id}/live`, {
        method: 'POST',
        headers: { Accept: 'application/json' },
        cache: 'no-store',
        credentials: 'same-origin',
      });
      if (response.ok) live.set(await response.json());
    } catch {
      // Offline or the server is away: the cached numbers stay, which is the best we have.
    }
  };
  void refresh();
  // A page restored from the back/forward cache runs nothing again: refresh its numbers then (the
  // server still counts a reader once per 30 minutes). No unload handler, so the page stays cacheable.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) void refresh();
  });
}

/** "Read N times", its number in the <span> the server put it in. @param {Element} p @param {LiveConfig} config @param {LiveNumbers} live */
function readCount(p, config, live) {
  live.onChange(() => {
    const text = countText(config.readTimes, config.locales, live.get().views);
    const [before, rest = ''] = text.split(OPEN_MARK);
    const [inside, after = ''] = rest.split(CLOSE_MARK);
    p.replaceChildren(before, element('span', { 'data-testid': 'view-count' }, [inside]), after);
  });
}

/** "(N votes)", after the average when there is one, as rating-widget.tsx renders it. @param {LiveConfig} config @param {LiveState} state */
function ratingSummary(config, state) {
  const votes = element('span', {}, [countText(config.votes, config.locales, state.ratingCount)]);
  if (state.ratingCount === 0) return [votes];
  const average = state.ratingAverage.toLocaleString(config.locales.numbers, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return [
    element('span', { class: 'visually-hidden' }, [config.text.averageBefore]),
    element('span', { class: config.classes.average }, [average]),
    element('span', { class: 'visually-hidden' }, [config.text.averageAfter]),
    ' ',
    votes,
  ];
}

/** Closed ratings show the stars without buttons, as the server renders them. @param {Element} section @param {LiveConfig} config */
function closeButtons(section, config) {
  for (const button of section.querySelectorAll('button[name="stars"]')) {
    const star = element('span', { class: `${config.classes.button} ${config.classes.static}` });
    star.append(...button.childNodes);
    button.replaceWith(star);
  }
}

/**
 * "Rate this item": the form posts through fetch and stays on the page (without JavaScript it posts
 * on its own and the endpoint redirects back), with the pending state, the message and the hover
 * preview. @param {Element} section @param {LiveConfig} config @param {LiveNumbers} live
 */
function rating(section, config, live) {
  const form = section.querySelector('form');
  const buttons = () => section.querySelectorAll('button[name="stars"]');
  let message = '';
  let pending = false;
  /** @type {number | null} */
  let hover = null;

  const paintStars = () => {
    const shown = hover ?? live.get().ratingAverage;
    section.querySelectorAll('[data-star-fill]').forEach((fill, i) => {
      /** @type {HTMLElement} */ (fill).style.width =
        `${Math.round(Math.min(1, Math.max(0, shown - i)) * 100)}%`;
    });
  };
  const words = () => {
    const { locked, myVote } = live.get();
    // No buttons: the page was cached with ratings closed, and only a new copy brings them back.
    if (locked || buttons().length === 0) return config.text.closed;
    return message || (myVote ? (config.yourRating[myVote - 1] ?? '') : '');
  };
  const paint = () => {
    if (live.get().locked) closeButtons(section, config);
    paintStars();
    for (const button of buttons()) {
      if (pending) button.setAttribute('aria-disabled', 'true');
      else button.removeAttribute('aria-disabled');
    }
    form?.setAttribute('aria-busy', String(pending));
    section.querySelector('[data-rating-summary]')?.replaceChildren(...ratingSummary(config, live.get()));
    // A live region: writing the same words again could have them read out again.
    const note = section.querySelector('[data-rating-message]');
    const text = words();
    if (note && note.textContent !== text) note.textContent = text;
  };
  live.onChange(paint);

  /** @param {number} status @param {string | undefined} explained */
  const refusal = (status, explained) => {
    if (explained && config.english) return explained;
    if (status === 409) return config.text.closed;
    if (status === 429) return config.text.tooFast;
    return config.text.notSaved;
  };
  /** @param {string} stars */
  const vote = async (stars) => {
    pending = true;
    message = config.text.saving;
    paint();
    try {
      const response = await fetch(`/api/articles/${config.id}/vote`, {
        method: 'POST',
        headers: { Accept: 'application/json' },
        body: new URLSearchParams({ stars }),
        credentials: 'same-origin',
      });
      const answer = await response.json().catch(() => ({}));
      if (!response.ok) {
        message = refusal(response.status, answer.error);
        pending = false;
        return live.set(response.status === 409 ? { locked: true } : {});
      }
      const myVote = answer.myVote ?? null;
      message = answer.replaced ? (config.changed[(myVote ?? 1) - 1] ?? '') : config.text.thanks;
      pending = false;
      live.set({ ratingAverage: answer.ratingAverage, ratingCount: answer.ratingCount, myVote });
    } catch {
      message = config.text.notSent;
      pending = false;
      paint();
    }
  };

  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    const submitter = /** @type {HTMLButtonElement | null} */ (event.submitter);
    if (!pending && submitter?.value) void vote(submitter.value);
  });
  buttons().forEach((button, i) => {
    const preview = () => {
      hover = i + 1;
      paintStars();
    };
    const end = () => {
      hover = null;
      paintStars();
    };
    button.addEventListener('mouseenter', preview);
    button.addEventListener('focus', preview);
    button.addEventListener('blur', end);
  });
  section.querySelector('[data-stars]')?.addEventListener('mouseleave', () => {
    hover = null;
    paintStars();
  });
}

/** The live numbers and the rating of a reader's article page. @param {HTMLElement} root */
function liveArticle(root) {
  /** @type {LiveConfig} */
  const config = JSON.parse(root.dataset.liveArticle ?? '{}');
  const live = liveNumbers(config.state);
  const count = root.querySelector('[data-read-count]');
  if (count) readCount(count, config, live);
  const section = root.querySelector('[data-rating]');
  if (section) rating(section, config, live);
  recordView(config.id, live);
}

/**
 * @typedef {{ id: number, slug: string, title: string }} MostReadLink
 * @typedef {{
 *   url: string, articleBase: string,
 *   labels: { title: string, today: string, week: string },
 *   classes: { section: string, lists: string, heading: string, list: string },
 * }} MostReadConfig
 */

/** Only well-formed entries are shown, whatever came back. @param {unknown} value @returns {MostReadLink[]} */
function entries(value) {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (e) => typeof e?.id === 'number' && typeof e?.slug === 'string' && typeof e?.title === 'string',
  );
}

/** @param {HTMLElement} slot */
async function mostRead(slot) {
  /** @type {MostReadConfig} */
  const config = JSON.parse(slot.dataset.mostRead ?? '{}');
  const data = await fetch(config.url, { credentials: 'same-origin' })
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null); // Offline or busy: the block is extra, so it stays out.
  const today = entries(data?.today);
  const week = entries(data?.week);
  if (today.length === 0 && week.length === 0) return;
  /** @param {string} title @param {string} id @param {MostReadLink[]} list */
  const ranked = (title, id, list) =>
    list.length === 0
      ? []
      : [
          element('div', {}, [
            element('h3', { id, class: config.classes.heading }, [title]),
            element(
              'ol',
              { 'aria-labelledby': id, class: config.classes.list },
              list.map((e) =>
                element('li', {}, [element('a', { href: `${config.articleBase}${e.slug}` }, [e.title])]),
              ),
            ),
          ]),
        ];
  slot.replaceWith(
    element(
      'section',
      { 'aria-labelledby': 'most-read', class: config.classes.section, 'data-print': 'hide' },
      [
        element('h2', { id: 'most-read', class: 'rule-heading' }, [config.labels.title]),
        element('div', { class: config.classes.lists }, [
          ...ranked(config.labels.today, 'most-read-today', today),
          ...ranked(config.labels.week, 'most-read-week', week),
        ]),
      ],
    ),
  );
}

function start() {
  for (const button of document.querySelectorAll('[data-print-button]'))
    button.addEventListener('click', () => window.print());
  for (const node of document.querySelectorAll('[data-printed-path]')) {
    if (node instanceof HTMLElement)
      node.textContent = window.location.origin + (node.dataset.printedPath ?? '');
  }
  const article = document.querySelector('[data-live-article]');
  if (article instanceof HTMLElement) liveArticle(article);
  const slot = document.querySelector('[data-most-read]');
  if (slot instanceof HTMLElement) void mostRead(slot);
}

// React puts this module in <head> with `async`, so it may run before the article below it has been
// read (at once, from the browser's cache): it starts when the document is whole.
if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}

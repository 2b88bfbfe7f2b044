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
 */

/** @param {string} tag @param {Record<string, string>} attributes @param {(Node | string)[]} children */
function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** @param {HTMLElement} root */
function liveArticle(root) {
  /** @type {LiveConfig} */
  const config = JSON.parse(root.dataset.liveArticle ?? '{}');
  let state = config.state;
  let message = '';
  /** @type {number | null} */
  let hover = null;
  let pending = false;

  const rating = root.querySelector('[data-rating]');
  const form = rating?.querySelector('form');
  const readCount = root.querySelector('[data-read-count]');

  function render() {
    if (readCount) renderReadCount(readCount);
    if (rating) renderRating(rating);
  }

  /** @param {Element} p */
  function renderReadCount(p) {
    const text = countText(config.readTimes, config.locales, state.views);
    const [before, rest = ''] = text.split(OPEN_MARK);
    const [inside, after = ''] = rest.split(CLOSE_MARK);
    p.replaceChildren(before, element('span', { 'data-testid': 'view-count' }, [inside]), after);
  }

  /** The stars filled to the hovered rating, or to the average. */
  function renderStars() {
    const shown = hover ?? state.ratingAverage;
    rating?.querySelectorAll('[data-star-fill]').forEach((fill, i) => {
      const part = Math.min(1, Math.max(0, shown - i));
      /** @type {HTMLElement} */ (fill).style.width = `${Math.round(part * 100)}%`;
    });
  }

  /** @param {Element} section */
  function renderRating(section) {
    if (state.locked) closeButtons(section);
    renderStars();
    for (const button of section.querySelectorAll('button[name="stars"]')) {
      if (pending) button.setAttribute('aria-disabled', 'true');
      else button.removeAttribute('aria-disabled');
    }
    form?.setAttribute('aria-busy', String(pending));
    section.querySelector('[data-rating-summary]')?.replaceChildren(...summary());
    // A live region: writing the same words again could have them read out again.
    const note = section.querySelector('[data-rating-message]');
    const words = ratingMessage();
    if (note && note.textContent !== words) note.textContent = words;
  }

  function summary() {
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

  function ratingMessage() {
    if (state.locked) return config.text.closed;
    return message || (state.myVote ? (config.yourRating[state.myVote - 1] ?? '') : '');
  }

  /** Closed ratings show the stars without buttons, as the server renders them. @param {Element} section */
  function closeButtons(section) {
    for (const button of section.querySelectorAll('button[name="stars"]')) {
      const star = element('span', { class: `${config.classes.button} ${config.classes.static}` });
      star.append(...button.childNodes);
      button.replaceWith(star);
    }
  }

  async function refresh() {
    try {
      // POST, never GET: a prefetch, a HEAD or a crawler following links must not count as a view.
      const response = await fetch(`/api/articles/${config.id}/live`, {
        method: 'POST',
        headers: { Accept: 'application/json' },
        cache: 'no-store',
        credentials: 'same-origin',
      });
      if (!response.ok) return;
      state = await response.json();
      render();
    } catch {
      // Offline or the server is away: the cached numbers stay, which is the best we have.
    }
  }

  /** @param {number} status @param {string | undefined} explained */
  function refusal(status, explained) {
    if (explained && config.english) return explained;
    if (status === 409) return config.text.closed;
    if (status === 429) return config.text.tooFast;
    return config.text.notSaved;
  }

  /** @param {string} stars */
  async function vote(stars) {
    pending = true;
    message = config.text.saving;
    render();
    try {
      const response = await fetch(`/api/articles/${config.id}/vote`, {
        method: 'POST',
        headers: { Accept: 'application/json' },
        body: new URLSearchParams({ stars }),
        credentials: 'same-origin',
      });
      const answer = await response.json().catch(() => ({}));
      if (!response.ok) {
        if (response.status === 409) state = { ...state, locked: true };
        message = refusal(response.status, answer.error);
        return;
      }
      const myVote = answer.myVote ?? null;
      state = { ...state, ratingAverage: answer.ratingAverage, ratingCount: answer.ratingCount, myVote };
      message = answer.replaced ? (config.changed[(myVote ?? 1) - 1] ?? '') : config.text.thanks;
    } catch {
      message = config.text.notSent;
    } finally {
      pending = false;
      render();
    }
  }

  form?.addEventListener('submit', (event) => {
    // The form posts on its own without JavaScript (the endpoint redirects back); here it stays put.
    event.preventDefault();
    const submitter = /** @type {HTMLButtonElement | null} */ (event.submitter);
    if (!pending && submitter?.value) void vote(submitter.value);
  });
  rating?.querySelectorAll('button[name="stars"]').forEach((button, i) => {
    const preview = () => {
      hover = i + 1;
      renderStars();
    };
    const end = () => {
      hover = null;
      renderStars();
    };
    button.addEventListener('mouseenter', preview);
    button.addEventListener('focus', preview);
    button.addEventListener('blur', end);
  });
  rating?.querySelector('[data-stars]')?.addEventListener('mouseleave', () => {
    hover = null;
    renderStars();
  });

  void refresh();
  // A page restored from the back/forward cache runs nothing again: refresh its numbers then (the
  // server still counts a reader once per 30 minutes). No unload handler, so the page stays cacheable.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) void refresh();
  });
}

/**
 * @typedef {{ id: number, slug: string, title: string }} MostReadLink
 * @typedef {{
 *   url: string, prefix: string,
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
                element('li', {}, [element('a', { href: `${config.prefix}/articles/${e.slug}` }, [e.title])]),
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

if (typeof document !== 'undefined') start();

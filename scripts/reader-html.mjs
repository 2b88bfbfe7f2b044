// Readers' pages leave without the framework's client runtime (DESIGN.md §1). Their React tree is all
// server components, so hydrating it would redo in the browser what the HTML already shows: about
// 130 KB of compressed JavaScript and a few hundred milliseconds of main-thread work on a phone
// (README "Speed"). What a page does in the browser is its island, public/islands/, a script of our
// own with an address outside /_next/, which stays. Next has no switch for this in the app router,
// so it is done here, to the finished HTML, like the script policy (scripts/finish-html.mjs).

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const LINK = /<link\b([^>]*)>/gi;
const attribute = (name) => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i');
const SRC = attribute('src');
const TYPE = attribute('type');
const REL = attribute('rel');
const AS = attribute('as');
const HREF = attribute('href');
// Types a browser runs; anything else (application/ld+json, application/json) is data and stays.
const RUNNABLE = /^(?:|module|text\/javascript|application\/javascript)$/i;
// A Suspense boundary still pending (<!--$?-->) or left for the client to render (<!--$!-->) is
// completed by React's own scripts, so such a page keeps them (readers' pages stream none today).
const UNFINISHED_BOUNDARY = /<!--\$[?!]-->/;

/** Whether a <script> is the framework's: its files under /_next/, or inline code (the RSC payload and
 *  the bootstrap; readers' pages have no inline code of our own). */
function isFrameworkScript(attributes) {
  const src = SRC.exec(attributes)?.[1];
  if (src !== undefined) return src.startsWith('/_next/');
  return RUNNABLE.test(TYPE.exec(attributes)?.[1] ?? '');
}

/** Whether a <link> preloads the framework's scripts, or the styles of error and 404 boundaries that
 *  only the client would draw. Stylesheets the page uses are rel="stylesheet" and stay; so do fonts. */
function isFrameworkPreload(attributes) {
  const rel = REL.exec(attributes)?.[1].toLowerCase();
  if (rel !== 'preload' && rel !== 'modulepreload') return false;
  const as = AS.exec(attributes)?.[1].toLowerCase();
  const fetched = rel === 'modulepreload' || as === 'script' || as === 'style';
  return fetched && (HREF.exec(attributes)?.[1] ?? '').startsWith('/_next/');
}

/** The page as plain HTML plus its own island: Next's scripts, payload and preloads removed. */
export function withoutFrameworkRuntime(html) {
  if (UNFINISHED_BOUNDARY.test(html)) return html;
  return html
    .replace(SCRIPT, (tag, attributes) => (isFrameworkScript(attributes) ? '' : tag))
    .replace(LINK, (tag, attributes) => (isFrameworkPreload(attributes) ? '' : tag));
}

// Readers' pages leave without the framework's client runtime (DESIGN.md §1). Their React tree is all
// server components, so hydrating it would redo in the browser what the HTML already shows: about
// 130 KB of compressed JavaScript and a few hundred milliseconds of main-thread work on a phone
// (README "Speed"). What a page does in the browser is its island, public/islands/, a script of our
// own with an address outside /_next/, which stays. Next has no switch for this in the app router,
// so it is done here, to the finished HTML, like the script policy (scripts/finish-html.mjs).

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SRC = /\ssrc\s*=\s*"([^"]*)"/i;
const TYPE = /\stype\s*=\s*"([^"]*)"/i;
// Types a browser runs; anything else (application/ld+json, application/json) is data and stays.
const RUNNABLE = /^(?:|module|text\/javascript|application\/javascript)$/i;
const FRAMEWORK_PRELOAD =
  /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bhref="\/_next\/[^"]*\.js"[^>]*>|<link\b[^>]*\bhref="\/_next\/[^"]*\.js"[^>]*\brel="(?:preload|modulepreload)"[^>]*>/gi;
// A Suspense boundary streamed in: its content is moved into place by an inline script of React's,
// so such a page keeps its scripts (readers' pages stream none today; this keeps one that does whole).
const STREAMED = /<template id="B:|\$RC\(/;

/** Whether a <script> is the framework's: its files under /_next/, or inline code (the RSC payload and
 *  the bootstrap; readers' pages have no inline code of our own). */
function isFramework(attributes) {
  const src = SRC.exec(attributes)?.[1];
  if (src !== undefined) return src.startsWith('/_next/');
  return RUNNABLE.test(TYPE.exec(attributes)?.[1] ?? '');
}

/** The page as plain HTML plus its own island: Next's scripts, payload and script preloads removed. */
export function withoutFrameworkRuntime(html) {
  if (STREAMED.test(html)) return html;
  return html
    .replace(SCRIPT, (tag, attributes) => (isFramework(attributes) ? '' : tag))
    .replace(FRAMEWORK_PRELOAD, '');
}

// Article bodies are sanitised once, on the way in, with an allow-list (DESIGN.md §6).
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'a',
    'ul',
    'ol',
    'li',
    'blockquote',
    'figure',
    'figcaption',
    'img',
    'hr',
    'code',
    'pre',
    'sup',
    'sub',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'title', 'width', 'height', 'srcset', 'sizes', 'loading'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  // An h1 belongs to the page title; a body heading starts at h2.
  transformTags: {
    h1: 'h2',
    a: (tagName, attribs) => ({
      tagName,
      attribs: attribs.target === '_blank' ? { ...attribs, rel: 'noopener noreferrer' } : attribs,
    }),
  },
  // Images under /uploads are ours; relative URLs are allowed for them.
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  // Whatever reaches the sanitiser unchecked (imports, old rows): no image from another host.
  exclusiveFilter: (frame) => frame.tag === 'img' && !isOwnImage(frame.attribs),
};

export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** Where body images may come from: the site's own uploads, so a body cannot load a tracking pixel. */
const OWN_IMAGE = /^\/uploads\/[^/?#\\]+$/;

const EMBEDDED = new Set([
  'iframe',
  'object',
  'embed',
  'style',
  'form',
  'svg',
  'math',
  'frame',
  'frameset',
  'base',
  'link',
  'meta',
]);

/**
 * What sanitising would remove that an author should hear about, e.g. a script or a javascript:
 * link. It walks the markup with the sanitiser's own parser (sanitize-html with every tag let
 * through and each one shown to `inspect`), so "<img/src=x/onerror=…>" is read here exactly as the
 * sanitiser reads it: the check and the sanitiser cannot disagree about what a tag is.
 */
export function findUnsafeMarkup(html: string): string | null {
  let problem: string | null = null;
  sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    transformTags: {
      '*': (tagName, attribs) => {
        problem ??= tagProblem(tagName.toLowerCase(), attribs);
        return { tagName, attribs };
      },
    },
  });
  return problem;
}

function tagProblem(tag: string, attribs: Record<string, string>): string | null {
  if (tag === 'script') return 'The body contains a <script> tag, which is not allowed.';
  if (EMBEDDED.has(tag)) return `The body contains embedded content (<${tag}>), which is not allowed.`;
  const names = Object.keys(attribs).map((n) => n.toLowerCase());
  if (names.some((n) => n.startsWith('on')))
    return 'The body contains an event handler attribute (such as onclick), which is not allowed.';
  const urls = ['href', 'src', 'cite', 'action', 'formaction', 'xlink:href'].map((n) => attribs[n]);
  if (urls.some((v) => v !== undefined && UNSAFE_SCHEME.test(urlScheme(v))))
    return 'The body contains a javascript: (or other unsafe) link, which is not allowed.';
  if (tag === 'img' && !isOwnImage(attribs))
    return 'Images in the body must be uploaded here (use the Image button); pictures from other sites are not allowed.';
  return null;
}

function isOwnImage(attribs: Record<string, string>): boolean {
  const sources = [
    attribs.src ?? '',
    ...(attribs.srcset ?? '').split(',').map((c) => c.trim().split(/\s+/)[0]),
  ];
  return sources.every((url, i) => (i > 0 && url === '') || OWN_IMAGE.test(urlScheme(url)));
}

const UNSAFE_SCHEME = /^(?:javascript|vbscript|data):/i;

/**
 * What a browser reads as the URL's start: it decodes character references in an attribute, then
 * drops tabs and newlines anywhere in a URL and control characters and spaces before it, so
 * "&#106;avascript:" and "java&#x09;script:" both run as javascript:. Dropping every control
 * character and space, wherever it is, errs on the side of refusing.
 */
function urlScheme(value: string): string {
  return decodeCharacterReferences(value).replace(/[\u0000-\u0020\u007f]+/g, '');
}

const NAMED: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  sol: '/',
  lpar: '(',
  rpar: ')',
};

/** Numeric references (with or without the semicolon, as browsers accept them) and the names a scheme can hide behind. */
function decodeCharacterReferences(value: string): string {
  return value.replace(/&(?:#(\d{1,8})|#x([0-9a-f]{1,7})|([a-z]+));?/gi, (whole, dec, hex, name) => {
    if (dec !== undefined || hex !== undefined) {
      const code = dec !== undefined ? Number(dec) : parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED[String(name).toLowerCase()] ?? whole;
  });
}

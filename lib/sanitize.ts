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
};

export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** What sanitising would remove that an author should hear about, e.g. a script or a javascript: link. */
export function findUnsafeMarkup(html: string): string | null {
  if (/<script[\s>]/i.test(html)) return 'The body contains a <script> tag, which is not allowed.';
  // Inside a tag only: prose such as "shopping online = easy" is not an attribute.
  if (/<[a-z][^>]*\son\w+\s*=/i.test(html))
    return 'The body contains an event handler attribute (such as onclick), which is not allowed.';
  if (urlAttributeValues(html).some((v) => UNSAFE_SCHEME.test(urlScheme(v))))
    return 'The body contains a javascript: (or other unsafe) link, which is not allowed.';
  if (/<(?:iframe|object|embed|style|form)[\s>]/i.test(html))
    return 'The body contains embedded content (iframe, object, style or form), which is not allowed.';
  return null;
}

const UNSAFE_SCHEME = /^(?:javascript|vbscript|data):/i;

/** The values of every href and src, quoted or not: "java&#x09;script:" hides behind a quote just as well. */
function urlAttributeValues(html: string): string[] {
  const attribute = /(?:^|[\s"'/])(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*))/gi;
  return [...html.matchAll(attribute)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

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

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
  if (/(?:href|src)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i.test(html))
    return 'The body contains a javascript: (or other unsafe) link, which is not allowed.';
  if (/<(?:iframe|object|embed|style|form)[\s>]/i.test(html))
    return 'The body contains embedded content (iframe, object, style or form), which is not allowed.';
  return null;
}

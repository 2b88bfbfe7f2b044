// The newsroom's public identity. Pure values: safe in any component and in route handlers.

export const SITE_NAME = 'Newsroom';
export const SITE_TAGLINE = 'Independent reporting, clearly told';
export const SITE_DESCRIPTION =
  'Newsroom: news, analysis and features from our reporters, with sections on the stories that matter.';

/**
 * The site's public origin, for absolute URLs in feeds, the sitemap and <link> tags.
 * SITE_URL is set by the operator behind a real domain; the default suits `npm start` locally.
 */
export function siteUrl(): URL {
  return new URL(process.env.SITE_URL || `http://localhost:${process.env.PORT || 3000}`);
}

import { siteUrl } from './site-config';

type Crumb = { name: string; path: string };

/** schema.org BreadcrumbList for a page's place in the site (front page › … › this page).
 *  "<" escaped so a name containing "</script>" cannot end the tag early. */
export function BreadcrumbsJsonLd({ crumbs }: { crumbs: Crumb[] }) {
  const origin = siteUrl();
  const data = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      item: new URL(c.path, origin).toString(),
    })),
  };
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  );
}

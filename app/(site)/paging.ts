// ?page= handling shared by the paginated list pages: a value that names no page is a 404,
// never a silent page 1, so every listed URL is one real page.
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { isPageInRange, offset, pageCount, PAGE_SIZE, parsePage } from '@/lib/pagination';

export type ListSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The requested page number, or a 404 for 0, negatives, words and repeats. */
export function requirePage(value: string | string[] | undefined): number {
  const page = parsePage(value);
  if (page === null) notFound();
  return page;
}

export function pageWindow(page: number) {
  return { limit: PAGE_SIZE, offset: offset(page) };
}

/** The number of pages, or a 404 when the requested page lies past the end. */
export function requirePageInRange(page: number, total: number): number {
  if (!isPageInRange(page, total)) notFound();
  return pageCount(total);
}

/** " (page 2)" for titles of later pages, so each page has its own title. */
export async function pageSuffix(page: number, locale: string): Promise<string> {
  if (page <= 1) return '';
  const t = await getTranslations({ locale, namespace: 'Pagination' });
  return t('titleSuffix', { page });
}

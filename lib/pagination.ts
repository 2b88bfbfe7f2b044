// Page numbers come from the URL (?page=N). Anything that is not a whole number from 1 up is
// not a page, so the route answers 404 rather than silently showing page 1.

export const PAGE_SIZE = 12;

/** The page a `?page=` value names, or null when it names none. A missing value is page 1. */
export function parsePage(value: string | string[] | undefined | null): number | null {
  if (value === undefined || value === null) return 1;
  if (Array.isArray(value)) return null;
  if (!/^[1-9][0-9]{0,8}$/.test(value)) return null;
  return Number(value);
}

/** How many pages `total` items fill; an empty list still has one (empty) page. */
export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function offset(page: number, pageSize = PAGE_SIZE): number {
  return (page - 1) * pageSize;
}

/** Whether `page` exists for a list of `total` items. */
export function isPageInRange(page: number, total: number, pageSize = PAGE_SIZE): boolean {
  return page >= 1 && page <= pageCount(total, pageSize);
}

/**
 * How to read items [offset, offset + limit) of a `total`-long list from whichever end is nearer:
 * walking the list's index from the far end (`reverse`) for the later half, so the last page costs
 * what the first does. `take` is 0 past the end.
 */
export function nearerEnd(
  total: number,
  limit: number,
  offset: number,
): { reverse: boolean; skip: number; take: number } {
  if (offset <= total / 2) return { reverse: false, skip: offset, take: Math.max(0, limit) };
  const skip = Math.max(0, total - offset - limit);
  return { reverse: true, skip, take: Math.max(0, total - offset - skip) };
}

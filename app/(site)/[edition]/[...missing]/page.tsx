// Any other address under an edition's prefix (`/ar/no/such/page`): a 404 in that edition, as a missing
// article there is (scripts/readable-not-found.mjs serves `/ar/_not-found` for it). Without this
// route such an address matched nothing and got the default edition's 404 page, in English.
import { notFound } from 'next/navigation';

export default function MissingPage(): never {
  notFound();
}

// The Arabic edition's articles, each stamped with the edition's tag.
import 'server-only';
import type { DemoArticle } from '../types';
import { AR_BUSINESS } from './business';
import { AR_CULTURE } from './culture';
import { AR_POLITICS } from './politics';
import { AR_SCIENCE } from './science';

export { AR_DESK_AUTHOR, AR_EDITION } from './newsroom';

export const AR_ARTICLES: DemoArticle[] = [...AR_POLITICS, ...AR_BUSINESS, ...AR_SCIENCE, ...AR_CULTURE].map(
  (article) => ({ ...article, edition: 'ar' }),
);

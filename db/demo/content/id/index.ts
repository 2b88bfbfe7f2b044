// The Bahasa Indonesia edition's articles, each stamped with the edition's tag.
import 'server-only';
import type { DemoArticle } from '../types';
import { ID_BUDAYA } from './budaya';
import { ID_EKONOMI } from './ekonomi';
import { ID_POLITIK } from './politik';
import { ID_SAINS } from './sains';
import { ID_TEKNOLOGI } from './teknologi';

export { ID_DESK_AUTHOR, ID_EDITION } from './newsroom';

export const ID_ARTICLES: DemoArticle[] = [
  ...ID_POLITIK,
  ...ID_EKONOMI,
  ...ID_TEKNOLOGI,
  ...ID_SAINS,
  ...ID_BUDAYA,
].map((article) => ({ ...article, edition: 'id' }));

// Everything the demo newsroom is made of, gathered in one place for db/demo.ts.
import 'server-only';
import { AR_ARTICLES, AR_DESK_AUTHOR, AR_EDITION } from './ar';
import { BUSINESS } from './business';
import { CULTURE } from './culture';
import { ID_ARTICLES, ID_DESK_AUTHOR, ID_EDITION } from './id';
import { POLITICS } from './politics';
import { SCIENCE } from './science';
import { TECHNOLOGY } from './technology';
import type { DemoImageSpec } from '@/db/demo/images';

export { DEMO_AUTHORS, DEMO_SECTIONS } from './newsroom';
export { renderBody, type DemoArticle, type DemoAuthor, type DemoEdition } from './types';

/** The English (default edition) articles; they carry no `edition`. */
export const DEMO_ARTICLES = [...POLITICS, ...BUSINESS, ...TECHNOLOGY, ...SCIENCE, ...CULTURE];

/** The editions besides English, each with its own sections. */
export const DEMO_EDITIONS = [ID_EDITION, AR_EDITION];

/** The other editions' articles, each with `edition` set; a translation names its source in `translationOf`. */
export const DEMO_EDITION_ARTICLES = [...ID_ARTICLES, ...AR_ARTICLES];

/**
 * The two desk reporters who write the other editions' own stories; kept apart from DEMO_AUTHORS so the
 * English-only seed stays exactly as it is until it learns about editions.
 */
export const DEMO_EDITION_AUTHORS = [ID_DESK_AUTHOR, AR_DESK_AUTHOR];

/** One drawing per lead image key used by the articles; the palettes are sky/sea/accent/ink. */
export const DEMO_IMAGES: DemoImageSpec[] = [
  { key: 'demo-cityhall', motif: 'skyline', palette: ['#9cc3d5', '#e8eef2', '#fdf6d8', '#2f4858'] },
  { key: 'demo-skyline', motif: 'skyline', palette: ['#24315e', '#f08a5d', '#ffd97a', '#151b33'] },
  { key: 'demo-harbour', motif: 'harbour', palette: ['#f4c9a8', '#2d5d7b', '#f28c38', '#1b2a3a'] },
  { key: 'demo-port', motif: 'bars', palette: ['#f1faee', '#dfe7e2', '#2a9d8f', '#e76f51'] },
  { key: 'demo-narrows', motif: 'waves', palette: ['#0f4c5c', '#5f9ea0', '#e8f1f2', '#ffb703'] },
  { key: 'demo-seagrass', motif: 'waves', palette: ['#1b4332', '#52b788', '#d8f3dc', '#95d5b2'] },
  { key: 'demo-circuit', motif: 'circuit', palette: ['#101820', '#1f3a4d', '#4fd1c5', '#f6ad55'] },
  { key: 'demo-kestrel', motif: 'hills', palette: ['#a8dadc', '#457b9d', '#1d3557', '#f1c453'] },
  { key: 'demo-observatory', motif: 'rings', palette: ['#1a1a2e', '#16213e', '#e2b714', '#f05454'] },
  { key: 'demo-lanterns', motif: 'mosaic', palette: ['#2b193d', '#f4a259', '#f25c54', '#f7e1a0'] },
  { key: 'demo-mosaic', motif: 'mosaic', palette: ['#264653', '#2a9d8f', '#e9c46a', '#f4a261'] },
];

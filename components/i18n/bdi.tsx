import type { ReactNode } from 'react';

/** For t.rich: a name or a reader's words isolated from the sentence around it, so a Latin name
 *  in an Arabic line (or the reverse) keeps its own direction and drags no punctuation along. */
export const bdi = (chunks: ReactNode) => <bdi>{chunks}</bdi>;

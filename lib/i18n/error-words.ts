// The error page's words. app/error.tsx is a client component loaded with every page, and a JSON
// import would put a whole message file into every page's scripts, so English (the first paint,
// and the fallback) is written here and kept equal to en.json's `Error` by a unit test; another
// language's words are fetched only when an error is shown on a page in that language.
import { messagesLocaleOf } from './locales';

export type ErrorWords = {
  code: string;
  heading: string;
  lede: string;
  /** "Reference:", followed by the error's digest */
  reference: string;
  tryAgain: string;
  frontPage: string;
};

export const ENGLISH_ERROR_WORDS: ErrorWords = {
  code: 'Something went wrong',
  heading: 'This page could not be shown',
  lede: 'The problem is on our side. Please try again; if it keeps happening, come back in a few minutes.',
  reference: 'Reference:',
  tryAgain: 'Try again',
  frontPage: 'Go to the front page',
};

/** The words for a page whose <html lang> is `lang`; English for English and for unshipped languages. */
export async function loadErrorWords(lang: string): Promise<ErrorWords> {
  const language = messagesLocaleOf(lang);
  if (language === 'en') return ENGLISH_ERROR_WORDS;
  const messages =
    language === 'id' ? await import('./messages/id.json') : await import('./messages/ar.json');
  return messages.default.Error;
}

// What the newsroom says when an edition is added for a language whose interface is not shipped.
import { hasShippedMessages } from '@/lib/i18n/locales';

export function interfaceNote(tag: string): string {
  if (hasShippedMessages(tag)) return '';
  return ' Its pages show the interface (“Print this page”, “Written by”…) in English: no translation of it is shipped for this language yet.';
}

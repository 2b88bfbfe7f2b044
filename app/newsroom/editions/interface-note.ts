// What the newsroom says when an edition is added for a language whose interface is not shipped.
const SHIPPED = new Set(['en', 'id', 'ar']);

export function interfaceNote(tag: string): string {
  if (SHIPPED.has(new Intl.Locale(tag).language)) return '';
  return ' Its pages show the interface (“Print this page”, “Written by”…) in English: no translation of it is shipped for this language yet.';
}

import type { ReactNode } from 'react';

/**
 * The page's `<html>` and `<body>`. Each top-level area (the public site per edition, the print
 * view, the newsroom) renders its own, because only there is the page's language and direction
 * known: app/layout.tsx passes its children through (README "Editions").
 */
export function Document({ lang, dir, children }: { lang: string; dir: 'ltr' | 'rtl'; children: ReactNode }) {
  return (
    <html lang={lang} dir={dir}>
      <body>{children}</body>
    </html>
  );
}

import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SITE_DESCRIPTION, SITE_NAME, siteUrl } from '@/components/site/site-config';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { template: `%s · ${SITE_NAME}`, default: SITE_NAME },
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
  alternates: { types: { 'application/rss+xml': [{ url: '/feed.xml', title: `${SITE_NAME}: latest` }] } },
  openGraph: { siteName: SITE_NAME, type: 'website', locale: 'en' },
  twitter: { card: 'summary_large_image' },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fcfbf8' },
    { media: '(prefers-color-scheme: dark)', color: '#121417' },
  ],
};

// The document itself (<html lang dir>, <body>) is rendered one level down, where the language is
// known: app/(site)/[edition]/layout.tsx for each edition's pages, the print view's and the newsroom's
// own layouts, and not-found.tsx here (README "Editions"; next-intl documents the same arrangement).
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}

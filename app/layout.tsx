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

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { getActor, requireActor } from '@/auth';
import { NewsroomHeader } from '@/components/newsroom/newsroom-header';
import styles from '@/components/newsroom/newsroom-header.module.css';
import type { NavItem } from '@/components/newsroom/newsroom-nav';
import { SITE_NAME } from '@/components/site/site-config';
import { SkipLink } from '@/components/site/skip-link';
import { Document } from '@/components/site/document';
import { hasRole } from '@/db/people/permissions';
import type { Role } from '@/db/schema';
import { hasAdmin } from '@/db/people/setup';
import { signOutAction } from './session-actions';

export const metadata: Metadata = {
  title: { template: `%s · Newsroom`, default: 'Newsroom' },
  robots: { index: false },
};

const NAV: (NavItem & { role: Role })[] = [
  { href: '/newsroom', label: 'Dashboard', role: 'journalist' },
  { href: '/newsroom/articles/new', label: 'New article', role: 'journalist' },
  { href: '/newsroom/sections', label: 'Sections & tags', role: 'editor' },
  { href: '/newsroom/stats', label: 'Most read', role: 'journalist' },
  { href: '/newsroom/moderation', label: 'Moderation', role: 'admin' },
  { href: '/newsroom/staff', label: 'Staff', role: 'admin' },
  { href: '/newsroom/editions', label: 'Editions', role: 'admin' },
  { href: '/newsroom/audit', label: 'Audit log', role: 'admin' },
  { href: '/newsroom/account', label: 'Account', role: 'journalist' },
];

// Spares people useless pages; each page and every db/ function checks permissions again.
export default async function NewsroomLayout({ children }: { children: ReactNode }) {
  // A fresh install has no admin: its first visitor is led to the one-time setup.
  if (!(await getActor()) && !hasAdmin()) redirect('/setup');
  const actor = await requireActor();
  const items = NAV.filter((item) => hasRole(actor, item.role)).map(({ href, label }) => ({ href, label }));
  // The staff interface is in English whatever the editions (app/layout.tsx passes through).
  return (
    <Document lang="en" dir="ltr">
      <div className={styles.shell}>
        <SkipLink target="newsroom-main" />
        <NewsroomHeader siteName={SITE_NAME} items={items} person={actor} signOutAction={signOutAction} />
        <main id="newsroom-main" className={styles.main} tabIndex={-1}>
          {children}
        </main>
      </div>
    </Document>
  );
}

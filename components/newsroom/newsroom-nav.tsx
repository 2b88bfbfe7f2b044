'use client';

// A client leaf only to mark the current page (aria-current) from the URL.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import styles from './newsroom-header.module.css';

export type NavItem = { href: string; label: string };

export function NewsroomNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const current = (href: string) =>
    href === '/newsroom' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <nav className={styles.nav} aria-label="Newsroom">
      <ul className={styles.navList}>
        {items.map((item) => (
          <li key={item.href}>
            <Link
              className={styles.navLink}
              href={item.href}
              aria-current={current(item.href) ? 'page' : undefined}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

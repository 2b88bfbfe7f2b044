// The frame of the pages outside the newsroom proper: sign-in and first-run setup.
import Link from 'next/link';
import type { ReactNode } from 'react';
import styles from './auth-panel.module.css';

type Props = { siteName: string; title: string; intro?: ReactNode; notice?: ReactNode; children: ReactNode };

export function AuthPanel({ siteName, title, intro, notice, children }: Props) {
  return (
    <main className={styles.page}>
      <div className={styles.panel}>
        <Link className={styles.brand} href="/">
          {siteName}
        </Link>
        <h1 className={styles.title}>{title}</h1>
        {intro && <p className={styles.intro}>{intro}</p>}
        {notice && <div className={styles.notice}>{notice}</div>}
        {children}
      </div>
    </main>
  );
}

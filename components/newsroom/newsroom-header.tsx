import Link from 'next/link';
import { NewsroomNav, type NavItem } from './newsroom-nav';
import styles from './newsroom-header.module.css';

type Props = {
  siteName: string;
  items: NavItem[];
  person: { name: string; role: string };
  signOutAction: () => Promise<void>;
};

export function NewsroomHeader({ siteName, items, person, signOutAction }: Props) {
  return (
    <header className={styles.header}>
      <Link className={styles.brand} href="/newsroom">
        {siteName} <span>Staff</span>
      </Link>
      <NewsroomNav items={items} />
      <div className={styles.account}>
        <span className={styles.who}>
          <strong>{person.name}</strong> · {person.role}
        </span>
        <form action={signOutAction}>
          <button className={styles.signOut} type="submit">
            Sign out
          </button>
        </form>
      </div>
    </header>
  );
}

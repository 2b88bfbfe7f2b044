import { pagePath } from '@/lib/page-edition';
import { getTranslations } from 'next-intl/server';
import { bdi } from '@/components/i18n/bdi';
import type { AuthorProfile } from '@/db/types';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { Avatar } from './avatar';
import styles from './author-block.module.css';

type AuthorBlockProps = {
  author: AuthorProfile;
  /** The heading level that fits where the block sits: h2 under an article, h1 on the author page. */
  headingLevel?: 1 | 2;
  /** The author page does not need a link to itself. */
  showLink?: boolean;
  locale?: string;
};

export async function AuthorBlock({
  author,
  headingLevel = 2,
  showLink = true,
  locale = DEFAULT_LOCALE,
}: AuthorBlockProps) {
  const t = await getTranslations({ locale, namespace: 'Author' });
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section
      className={headingLevel === 1 ? `${styles.block} ${styles.page}` : styles.block}
      aria-label={t('about', { name: author.name })}
    >
      <Avatar name={author.name} url={author.avatarUrl} size={headingLevel === 1 ? 96 : 72} />
      <div className={styles.text}>
        {/* A name keeps its own direction but sits where the page's lines start; a bio is prose in
            its own language, so it takes the direction of its words (dir="auto"). */}
        <Heading className={headingLevel === 1 ? styles.nameLarge : styles.name}>
          <bdi>{author.name}</bdi>
        </Heading>
        {author.fullName && author.fullName !== author.name ? (
          <p className={styles.fullName}>
            <bdi>{author.fullName}</bdi>
          </p>
        ) : null}
        {author.bio ? (
          <p className={styles.bio} dir="auto">
            {author.bio}
          </p>
        ) : null}
        {showLink ? (
          <p className={styles.more}>
            <a href={pagePath(`/authors/${author.slug}`)}>{t.rich('moreFrom', { name: author.name, bdi })}</a>
          </p>
        ) : null}
      </div>
    </section>
  );
}

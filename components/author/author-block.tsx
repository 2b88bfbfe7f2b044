import type { AuthorProfile } from '@/db/types';
import { Avatar } from './avatar';
import styles from './author-block.module.css';

type AuthorBlockProps = {
  author: AuthorProfile;
  /** The heading level that fits where the block sits: h2 under an article, h1 on the author page. */
  headingLevel?: 1 | 2;
  /** The author page does not need a link to itself. */
  showLink?: boolean;
};

export function AuthorBlock({ author, headingLevel = 2, showLink = true }: AuthorBlockProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section
      className={headingLevel === 1 ? `${styles.block} ${styles.page}` : styles.block}
      aria-label={`About ${author.name}`}
    >
      <Avatar name={author.name} url={author.avatarUrl} size={headingLevel === 1 ? 96 : 72} />
      <div className={styles.text}>
        <Heading className={headingLevel === 1 ? styles.nameLarge : styles.name}>{author.name}</Heading>
        {author.fullName && author.fullName !== author.name ? (
          <p className={styles.fullName}>{author.fullName}</p>
        ) : null}
        {author.bio ? <p className={styles.bio}>{author.bio}</p> : null}
        {showLink ? (
          <p className={styles.more}>
            <a href={`/authors/${author.slug}`}>More from {author.name}</a>
          </p>
        ) : null}
      </div>
    </section>
  );
}

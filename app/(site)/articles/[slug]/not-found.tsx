import styles from './not-found.module.css';

export default function ArticleNotFound() {
  return (
    <div className={styles.box}>
      <h1>We can&rsquo;t find that article</h1>
      <p>
        It may have been unpublished, it may not be published yet, or the address may be mistyped. Articles
        live at addresses like <code>/articles/the-headline-in-small-words</code>.
      </p>
      <ul>
        <li>
          <a href="/">Go to the front page</a> for the latest stories
        </li>
        <li>
          <a href="/search">Search the archive</a>
        </li>
      </ul>
    </div>
  );
}

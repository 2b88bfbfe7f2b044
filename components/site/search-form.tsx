import styles from './search-form.module.css';

/** A plain GET form to /search: works without JavaScript and gives every result page a URL. */
export function SearchForm({
  defaultValue = '',
  autoFocus = false,
}: {
  defaultValue?: string;
  autoFocus?: boolean;
}) {
  return (
    <form className={styles.form} action="/search" method="get" role="search">
      <label className={styles.label} htmlFor="site-search">
        Search articles
      </label>
      <div className={styles.row}>
        <input
          className={styles.input}
          id="site-search"
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={200}
          autoFocus={autoFocus}
          placeholder="Words in a headline, summary or story"
        />
        <button className={styles.button} type="submit">
          Search
        </button>
      </div>
    </form>
  );
}

import { pagePath } from '@/lib/page-edition';
import styles from './search-form.module.css';

type Option = { slug: string; name: string };
export type SearchFilterValues = { section: string; author: string; from: string; to: string; sort: string };
type Filters = { sections: Option[]; authors: Option[]; values: SearchFilterValues };

/** A plain GET form to the edition's /search: works without JavaScript and gives every result page a URL.
 *  On the search page it also carries the filters (section, author, dates, order). */
export function SearchForm({
  defaultValue = '',
  autoFocus = false,
  filters,
}: {
  defaultValue?: string;
  autoFocus?: boolean;
  filters?: Filters;
}) {
  return (
    <form className={styles.form} action={pagePath('/search')} method="get" role="search">
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
      {filters ? <FilterFields {...filters} /> : null}
    </form>
  );
}

function FilterFields({ sections, authors, values }: Filters) {
  return (
    <fieldset className={styles.filters}>
      <legend className={styles.legend}>Narrow the results</legend>
      <Select name="section" label="Section" any="All sections" options={sections} value={values.section} />
      <Select name="author" label="Author" any="All authors" options={authors} value={values.author} />
      <div className={styles.field}>
        <label htmlFor="search-from">From</label>
        <input className={styles.input} id="search-from" type="date" name="from" defaultValue={values.from} />
      </div>
      <div className={styles.field}>
        <label htmlFor="search-to">To</label>
        <input className={styles.input} id="search-to" type="date" name="to" defaultValue={values.to} />
      </div>
      <div className={styles.field}>
        <label htmlFor="search-sort">Order</label>
        <select className={styles.input} id="search-sort" name="sort" defaultValue={values.sort}>
          <option value="relevance">Best match</option>
          <option value="newest">Newest first</option>
        </select>
      </div>
    </fieldset>
  );
}

function Select(props: { name: string; label: string; any: string; options: Option[]; value: string }) {
  const id = `search-${props.name}`;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{props.label}</label>
      <select className={styles.input} id={id} name={props.name} defaultValue={props.value}>
        <option value="">{props.any}</option>
        {props.options.map((o) => (
          <option key={o.slug} value={o.slug}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}

import { getTranslations } from 'next-intl/server';
import { pagePath } from '@/lib/page-edition';
import styles from './search-form.module.css';

type Option = { slug: string; name: string };
export type SearchFilterValues = { section: string; author: string; from: string; to: string; sort: string };
type Filters = { sections: Option[]; authors: Option[]; values: SearchFilterValues };
type Translate = Awaited<ReturnType<typeof getTranslations<'SearchForm'>>>;

/** A plain GET form to the edition's /search: works without JavaScript and gives every result page a URL.
 *  On the search page it also carries the filters (section, author, dates, order). */
export async function SearchForm({
  defaultValue = '',
  autoFocus = false,
  filters,
  locale,
}: {
  defaultValue?: string;
  autoFocus?: boolean;
  filters?: Filters;
  locale: string;
}) {
  const t = await getTranslations({ locale, namespace: 'SearchForm' });
  return (
    <form className={styles.form} action={pagePath('/search')} method="get" role="search">
      <label className={styles.label} htmlFor="site-search">
        {t('label')}
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
          placeholder={t('placeholder')}
        />
        <button className={styles.button} type="submit">
          {t('submit')}
        </button>
      </div>
      {filters ? <FilterFields {...filters} t={t} /> : null}
    </form>
  );
}

function FilterFields({ sections, authors, values, t }: Filters & { t: Translate }) {
  return (
    <fieldset className={styles.filters}>
      <legend className={styles.legend}>{t('narrow')}</legend>
      <Select
        name="section"
        label={t('section')}
        any={t('allSections')}
        options={sections}
        value={values.section}
      />
      <Select
        name="author"
        label={t('author')}
        any={t('allAuthors')}
        options={authors}
        value={values.author}
      />
      <div className={styles.field}>
        <label htmlFor="search-from">{t('from')}</label>
        <input className={styles.input} id="search-from" type="date" name="from" defaultValue={values.from} />
      </div>
      <div className={styles.field}>
        <label htmlFor="search-to">{t('to')}</label>
        <input className={styles.input} id="search-to" type="date" name="to" defaultValue={values.to} />
      </div>
      <div className={styles.field}>
        <label htmlFor="search-sort">{t('order')}</label>
        <select className={styles.input} id="search-sort" name="sort" defaultValue={values.sort}>
          <option value="relevance">{t('bestMatch')}</option>
          <option value="newest">{t('newest')}</option>
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

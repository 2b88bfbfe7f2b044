// A GET form: the filters live in the URL, so a filtered view can be bookmarked and paged.
import forms from './forms.module.css';
import styles from './audit.module.css';

type Props = {
  actions: { value: string; label: string }[];
  values: { action: string; from: string; to: string };
  errors: { from?: string; to?: string };
};

export function AuditFilters({ actions, values, errors }: Props) {
  return (
    <form method="get" className={styles.filters} role="search" aria-label="Filter the audit log">
      <div className={forms.field}>
        <label className={forms.label} htmlFor="audit-action">
          Action
        </label>
        <select className={forms.select} id="audit-action" name="action" defaultValue={values.action}>
          <option value="">All actions</option>
          {actions.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </select>
      </div>
      {(['from', 'to'] as const).map((key) => (
        <div className={forms.field} key={key}>
          <label className={forms.label} htmlFor={`audit-${key}`}>
            {key === 'from' ? 'From (date)' : 'To (date, inclusive)'}
          </label>
          <input
            className={forms.input}
            type="date"
            id={`audit-${key}`}
            name={key}
            defaultValue={values[key]}
            aria-invalid={errors[key] ? true : undefined}
            aria-describedby={errors[key] ? `audit-${key}-error` : undefined}
          />
          {errors[key] && (
            <p className={forms.error} id={`audit-${key}-error`}>
              {errors[key]}
            </p>
          )}
        </div>
      ))}
      <button className={forms.button} type="submit">
        Filter
      </button>
    </form>
  );
}

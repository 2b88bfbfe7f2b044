// Editions, for admins: the languages the newsroom publishes in (README "Editions").
import type { Metadata } from 'next';
import { requireActor } from '@/auth';
import { listEditions } from '@/db/editions/editions';
import { TaxonomyForm } from '@/components/editor/taxonomy-form';
import styles from '@/components/editor/taxonomy.module.css';
import { createEditionAction, makeDefaultEditionAction, renameEditionAction } from './actions';

export const metadata: Metadata = { title: 'Editions', robots: { index: false } };

const TAG_HINT = 'A language tag (BCP 47) such as id, ar or pt-BR: the edition’s pages live under /<tag>.';

export default async function EditionsPage() {
  await requireActor('admin');
  const editions = listEditions();
  return (
    <>
      <h1>Editions</h1>
      <p>
        Each edition is a language of the newsroom, with its own front page, sections and tags. The default
        edition is at the site’s unprefixed addresses; the default can move only while neither edition has
        published anything, so no published address ever changes.
      </p>
      <section aria-labelledby="editions-heading">
        <h2 id="editions-heading" className={styles.heading}>
          Editions
        </h2>
        <TaxonomyForm
          action={createEditionAction}
          legend="New edition"
          fields={[
            { name: 'tag', label: 'Language tag', value: '', hint: TAG_HINT },
            { name: 'name', label: 'Name, as its readers write it', value: '' },
          ]}
          submitLabel="Add edition"
        />
        <ul className={styles.list} aria-label="Existing editions">
          {editions.map((e) => (
            <li key={e.id}>
              <TaxonomyForm
                action={renameEditionAction.bind(null, e.id)}
                legend={`${e.name} (${e.tag}, ${e.direction === 'rtl' ? 'right to left' : 'left to right'})${e.isDefault ? ', the default edition' : ''}`}
                fields={[{ name: 'name', label: 'Name', value: e.name }]}
                submitLabel="Save"
              />
              {e.isDefault ? null : (
                <TaxonomyForm
                  action={makeDefaultEditionAction.bind(null, e.id)}
                  legend={`Make ${e.name} the default edition`}
                  fields={[]}
                  submitLabel="Make default"
                />
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

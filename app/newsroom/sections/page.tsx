// Sections and tags, for editors: create, rename, delete (a section only when it is empty).
import type { Metadata } from 'next';
import { requireActor } from '@/auth';
import { listSections } from '@/db/taxonomy/sections';
import { listAllTags } from '@/db/taxonomy/tags';
import { TaxonomyForm } from '@/components/editor/taxonomy-form';
import styles from '@/components/editor/taxonomy.module.css';
import {
  createSectionAction,
  createTagAction,
  deleteSectionAction,
  deleteTagAction,
  renameSectionAction,
  renameTagAction,
} from './actions';

export const metadata: Metadata = { title: 'Sections & tags', robots: { index: false } };

const SLUG_HINT =
  'Lowercase letters, digits and hyphens. Leave empty to keep it (or make one from the name).';

export default async function SectionsPage() {
  await requireActor('editor');
  const [sections, tags] = [listSections(), listAllTags()];
  return (
    <>
      <h1>Sections &amp; tags</h1>
      <div className={styles.grid}>
        <section aria-labelledby="sections-heading">
          <h2 id="sections-heading" className={styles.heading}>
            Sections
          </h2>
          <TaxonomyForm
            action={createSectionAction}
            legend="New section"
            fields={[
              { name: 'name', label: 'Name', value: '' },
              { name: 'slug', label: 'Slug', value: '', hint: SLUG_HINT },
            ]}
            submitLabel="Create section"
          />
          <ul className={styles.list} aria-label="Existing sections">
            {sections.map((s) => (
              <li key={s.id}>
                <TaxonomyForm
                  action={renameSectionAction.bind(null, s.id)}
                  legend={`Section “${s.name}”`}
                  fields={[
                    { name: 'name', label: 'Name', value: s.name },
                    { name: 'slug', label: 'Slug', value: s.slug },
                  ]}
                  submitLabel="Save"
                  remove={{
                    action: deleteSectionAction.bind(null, s.id),
                    label: `Delete section “${s.name}”`,
                  }}
                />
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="tags-heading">
          <h2 id="tags-heading" className={styles.heading}>
            Tags
          </h2>
          <TaxonomyForm
            action={createTagAction}
            legend="New tag"
            fields={[
              { name: 'name', label: 'Name', value: '' },
              { name: 'slug', label: 'Slug', value: '', hint: SLUG_HINT },
            ]}
            submitLabel="Create tag"
          />
          {tags.length === 0 && <p>No tags yet. Tags typed on an article are created here too.</p>}
          <ul className={styles.list} aria-label="Existing tags">
            {tags.map((t) => (
              <li key={t.id}>
                <TaxonomyForm
                  action={renameTagAction.bind(null, t.id)}
                  legend={`Tag “${t.name}”`}
                  fields={[
                    { name: 'name', label: 'Name', value: t.name },
                    { name: 'slug', label: 'Slug', value: t.slug },
                  ]}
                  submitLabel="Save"
                  remove={{ action: deleteTagAction.bind(null, t.id), label: `Delete tag “${t.name}”` }}
                />
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}

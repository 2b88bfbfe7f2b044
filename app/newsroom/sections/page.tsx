// Sections and tags, for editors: create, rename, delete (a section only when it is empty).
import type { Metadata } from 'next';
import { requireActor } from '@/auth';
import { listSections } from '@/db/taxonomy/sections';
import { listAllTags } from '@/db/taxonomy/tags';
import { listEditions, type Edition } from '@/db/editions/editions';
import { editionsForDesk } from '@/db/people/desks';
import type { Section } from '@/db/types';
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
  const actor = await requireActor('editor');
  const [sections, allTags, editions] = [listSections(), listAllTags(), listEditions()];
  // An editor with a desk manages only its editions' sections and tags (the writes refuse the rest).
  const desk = editionsForDesk(actor, editions);
  const tags = allTags.filter((t) => desk.some((e) => e.id === t.editionId));
  const defaultInDesk = desk.some((e) => e.isDefault);
  const editionName = (id: number) =>
    editions.length > 1 ? ` (${editions.find((e) => e.id === id)?.name ?? ''})` : '';
  return (
    <>
      <h1>Sections &amp; tags</h1>
      <div className={styles.grid}>
        <section aria-labelledby="sections-heading">
          <h2 id="sections-heading" className={styles.heading}>
            Sections
          </h2>
          {desk.map((edition) => (
            <EditionSections
              key={edition.id}
              edition={edition}
              sections={sections.filter((s) => s.editionId === edition.id)}
              named={editions.length > 1}
            />
          ))}
        </section>
        <section aria-labelledby="tags-heading">
          <h2 id="tags-heading" className={styles.heading}>
            Tags
          </h2>
          {defaultInDesk && (
            <TaxonomyForm
              action={createTagAction}
              legend="New tag"
              fields={[
                { name: 'name', label: 'Name', value: '' },
                { name: 'slug', label: 'Slug', value: '', hint: SLUG_HINT },
              ]}
              submitLabel="Create tag"
            />
          )}
          {tags.length === 0 && <p>No tags yet. Tags typed on an article are created here too.</p>}
          <ul className={styles.list} aria-label="Existing tags">
            {tags.map((t) => (
              <li key={t.id}>
                <TaxonomyForm
                  action={renameTagAction.bind(null, t.id)}
                  legend={`Tag “${t.name}”${editionName(t.editionId)}`}
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

/** One edition's sections, with a form for a new one in that edition. */
function EditionSections({
  edition,
  sections,
  named,
}: {
  edition: Edition;
  sections: Section[];
  named: boolean;
}) {
  const where = named ? ` in ${edition.name}` : '';
  return (
    <>
      {named ? (
        <h3 className={styles.heading} lang={edition.tag}>
          {edition.name}
        </h3>
      ) : null}
      <TaxonomyForm
        action={createSectionAction.bind(null, edition.id)}
        legend={`New section${where}`}
        fields={[
          { name: 'name', label: 'Name', value: '' },
          { name: 'slug', label: 'Slug', value: '', hint: SLUG_HINT },
        ]}
        submitLabel="Create section"
      />
      <ul className={styles.list} aria-label={`Existing sections${where}`}>
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
    </>
  );
}

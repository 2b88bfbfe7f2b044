'use client';
import type { ReactNode, RefObject } from 'react';
import { EditorField } from './editor-field';
import type { FieldErrors } from '@/lib/errors';
import type { ArticleFormValues, LeadImagePreview } from './editor-types';
import styles from './article-form.module.css';

export type Option = { id: number; name: string };

type Props = {
  values: ArticleFormValues;
  setField: (name: keyof ArticleFormValues, value: string) => void;
  errors: FieldErrors;
  sections: Option[];
  authors: Option[] | null;
  timeZone: string;
  leadImage: LeadImagePreview;
  leadFile: RefObject<HTMLInputElement | null>;
  /** Looks at a newly chosen lead image in the browser (size, type) before anything is sent. */
  onLeadFileChange: () => void;
  disabled: boolean;
  /** The body editor, placed between the summary and the section. */
  children: ReactNode;
};

export function ArticleFields({
  values,
  setField,
  errors,
  sections,
  authors,
  timeZone,
  leadImage,
  leadFile,
  onLeadFileChange,
  disabled,
  children,
}: Props) {
  const text = (name: keyof ArticleFormValues) => ({
    name,
    value: values[name],
    disabled,
    onChange: (e: { target: { value: string } }) => setField(name, e.target.value),
  });

  return (
    <>
      <EditorField id="title" label="Title" errors={errors.title}>
        {(w) => (
          <input
            {...w}
            {...text('title')}
            type="text"
            className={`${styles.input} ${styles.title}`}
            maxLength={400}
          />
        )}
      </EditorField>
      <EditorField
        id="slug"
        label="Slug"
        hint="The web address: lowercase letters, digits and hyphens. Made from the title until you change it."
        errors={errors.slug}
      >
        {(w) => (
          <input
            {...w}
            {...text('slug')}
            type="text"
            className={styles.input}
            spellCheck={false}
            autoCapitalize="none"
          />
        )}
      </EditorField>
      <EditorField id="summary" label="Summary" errors={errors.summary}>
        {(w) => <textarea {...w} {...text('summary')} rows={3} className={styles.input} />}
      </EditorField>
      {children}
      <div className={styles.row}>
        <EditorField id="sectionId" label="Section" errors={errors.sectionId}>
          {(w) => (
            <select {...w} {...text('sectionId')} className={styles.input}>
              <option value="">No section</option>
              {sections.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </EditorField>
        <EditorField id="tags" label="Tags" hint="Separate tags with commas." errors={errors.tags}>
          {(w) => <input {...w} {...text('tags')} type="text" className={styles.input} />}
        </EditorField>
      </div>
      <fieldset className={styles.fieldset} disabled={disabled}>
        <legend className={styles.legend}>Lead image</legend>
        <input type="hidden" name="leadImageId" value={leadImage?.id ?? ''} />
        {leadImage && (
          <div className={styles.leadPreview}>
            {/* eslint-disable-next-line @next/next/no-img-element -- already resized on upload */}
            <img
              src={leadImage.url}
              width={leadImage.width}
              height={leadImage.height}
              alt={leadImage.alt || 'Current lead image'}
            />
            <label className={styles.checkbox}>
              <input type="checkbox" name="removeLeadImage" value="1" /> Remove the lead image
            </label>
          </div>
        )}
        <EditorField
          id="leadImage"
          label={leadImage ? 'Replace with a new image' : 'Image file'}
          hint="JPEG, PNG or WebP, up to 8 MB."
          errors={errors.leadImage}
        >
          {(w) => (
            <input
              {...w}
              ref={leadFile}
              name="leadImage"
              type="file"
              onChange={onLeadFileChange}
              accept="image/jpeg,image/png,image/webp"
              className={styles.input}
            />
          )}
        </EditorField>
        <EditorField id="leadImageCaption" label="Caption" errors={errors.leadImageCaption}>
          {(w) => <input {...w} {...text('leadImageCaption')} type="text" className={styles.input} />}
        </EditorField>
        <EditorField id="leadImageCredit" label="Credit" errors={errors.leadImageCredit}>
          {(w) => <input {...w} {...text('leadImageCredit')} type="text" className={styles.input} />}
        </EditorField>
      </fieldset>
      <div className={styles.row}>
        {authors && (
          <EditorField id="authorId" label="Byline" errors={errors.authorId}>
            {(w) => (
              <select {...w} {...text('authorId')} className={styles.input}>
                {authors.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            )}
          </EditorField>
        )}
        <EditorField
          id="publishedAt"
          label={
            <>
              Publish time <span className={styles.zone}>({timeZone})</span>
            </>
          }
          hint={`Date and time in the newsroom's timezone, ${timeZone}. A past date back-dates the article.`}
          errors={errors.publishedAt}
        >
          {(w) => <input {...w} {...text('publishedAt')} type="datetime-local" className={styles.input} />}
        </EditorField>
      </div>
    </>
  );
}

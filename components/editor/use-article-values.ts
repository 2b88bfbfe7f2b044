'use client';
// The form's values, controlled so that a refused save never wipes what the person typed; the slug
// follows the title until the person edits the slug, and never once the article has been public
// (its URL may be linked: after first publication only an edit of the slug field changes it).
import { useCallback, useState } from 'react';
import { slugify } from '@/lib/slugs';
import type { ArticleFormValues } from './editor-types';

/** Whether typing a title should still rewrite the slug when the form opens. */
export function slugFollowsTitle(
  initial: Pick<ArticleFormValues, 'slug' | 'title'>,
  mode: 'new' | 'edit',
  everPublished = false,
): boolean {
  if (mode === 'new') return true;
  return !everPublished && initial.slug === slugify(initial.title);
}

export function useArticleValues(initial: ArticleFormValues, mode: 'new' | 'edit', everPublished = false) {
  const [values, setValues] = useState(initial);
  const [slugTouched, setSlugTouched] = useState(!slugFollowsTitle(initial, mode, everPublished));

  const setField = useCallback(
    (name: keyof ArticleFormValues, value: string) => {
      setValues((v) => {
        const next = { ...v, [name]: value };
        // everPublished is read live too: publishing from this very form stops the following.
        if (name === 'title' && !slugTouched && !everPublished)
          next.slug = value.trim() ? slugify(value) : '';
        return next;
      });
      if (name === 'slug') setSlugTouched(true);
    },
    [slugTouched, everPublished],
  );

  return { values, setValues, setField };
}

'use client';
// The form's values, controlled so that a refused save never wipes what the person typed; the slug
// follows the title until the person edits the slug.
import { useCallback, useState } from 'react';
import { slugify } from '@/lib/slugs';
import type { ArticleFormValues } from './editor-types';

export function useArticleValues(initial: ArticleFormValues, mode: 'new' | 'edit') {
  const [values, setValues] = useState(initial);
  const [slugTouched, setSlugTouched] = useState(mode === 'edit' && initial.slug !== slugify(initial.title));

  const setField = useCallback(
    (name: keyof ArticleFormValues, value: string) => {
      setValues((v) => {
        const next = { ...v, [name]: value };
        if (name === 'title' && !slugTouched) next.slug = value.trim() ? slugify(value) : '';
        return next;
      });
      if (name === 'slug') setSlugTouched(true);
    },
    [slugTouched],
  );

  return { values, setValues, setField };
}

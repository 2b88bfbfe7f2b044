'use client';
// Text typed before the page finished hydrating is in the DOM but not yet in the form's state: once
// the page is interactive, it is adopted, so nothing typed early is lost to the first render.
import { useEffect, type RefObject } from 'react';
import type { ArticleFormValues } from './editor-types';

export function useTypedBeforeHydration(
  form: RefObject<HTMLFormElement | null>,
  initial: ArticleFormValues,
  setField: (name: keyof ArticleFormValues, value: string) => void,
) {
  useEffect(() => {
    const el = form.current;
    if (!el) return;
    for (const name of Object.keys(initial) as (keyof ArticleFormValues)[]) {
      const control = el.elements.namedItem(name);
      if (
        name !== 'body' &&
        (control instanceof HTMLInputElement ||
          control instanceof HTMLTextAreaElement ||
          control instanceof HTMLSelectElement) &&
        control.value !== initial[name]
      )
        setField(name, control.value);
    }
    // Once, after hydration: later changes reach the state through the fields' own handlers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}

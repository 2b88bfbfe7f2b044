export type TaxonomyKind = 'section' | 'tag';
export type TaxonomyState = {
  status: 'idle' | 'done' | 'error';
  message: string;
  errors: Record<string, string[]>;
  values?: { name: string; slug: string; description?: string };
};
export type TaxonomyAction = (state: TaxonomyState, data: FormData) => Promise<TaxonomyState>;
export const initialTaxonomyState: TaxonomyState = { status: 'idle', message: '', errors: {} };

// The contract between the article form (a client component) and the server actions that app/
// passes to it. Lives in components/ because components never import from app/; the data layer's
// shapes come from db/types, as types only.
import type { ArticleWorkflow, FieldChange } from '@/db/types';
import type { FormAction, FormState } from '@/lib/form-state';

/** What the form shows and posts, all as strings, exactly as typed. */
export type ArticleFormValues = {
  title: string;
  slug: string;
  summary: string;
  body: string;
  sectionId: string;
  tags: string;
  leadImageCaption: string;
  leadImageCredit: string;
  authorId: string;
  /** The value of a datetime-local field, on the newsroom's clock. */
  publishedAt: string;
};

/** A save refused because someone else saved first. */
export type Conflict = {
  version: number;
  savedBy: string;
  /** Already formatted on the server, in the newsroom's timezone. */
  savedAt: string;
  changes: FieldChange[];
};

export type LeadImagePreview = { id: number; url: string; width: number; height: number; alt: string } | null;

/** Whether the fields are open and which move buttons show: the workflow table's answer. */
export type WorkflowInfo = ArticleWorkflow;

/**
 * After a save or a move (status 'done'), `values` holds the article as saved: the form adopts the
 * slug and publish time the server settled.
 */
export type EditorExtra = {
  /** The article's version after a successful write: the next save is based on it. */
  version: number;
  conflict: Conflict;
  leadImage: LeadImagePreview;
  /** After a workflow change: the state and what the buttons should now offer. */
  workflow: WorkflowInfo;
};
export type EditorState = FormState<EditorExtra>;
export type EditorAction = FormAction<EditorExtra>;

/** An autosave: 'done' with the new version and the clock time it was saved at. */
export type AutosaveExtra = { version: number; savedAt: string; conflict: Conflict };
export type AutosaveState = FormState<AutosaveExtra>;
export type AutosaveAction = (formData: FormData) => Promise<AutosaveState>;

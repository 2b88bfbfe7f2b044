// The contract between the article form (a client component) and the server actions that app/
// passes to it. Lives in components/ because components never import from app/.

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

export type FieldName = keyof ArticleFormValues | 'leadImage' | 'comment' | 'baseVersion';
export type FormErrors = Partial<Record<FieldName | string, string[]>>;

export type ChangedField = { field: string; label: string; before: string; after: string };

/** A save refused because someone else saved first. */
export type Conflict = {
  version: number;
  savedBy: string;
  /** Already formatted on the server, in the newsroom's timezone. */
  savedAt: string;
  changes: ChangedField[];
};

export type LeadImagePreview = { id: number; url: string; width: number; height: number; alt: string } | null;

export type EditorState = {
  status: 'idle' | 'saved' | 'error' | 'conflict';
  message: string;
  errors: FormErrors;
  /** The values the person submitted, so nothing typed is lost when a save is refused. */
  values?: ArticleFormValues;
  /** The article's version after a successful write: the next save is based on it. */
  version?: number;
  conflict?: Conflict;
  leadImage?: LeadImagePreview;
  /** After a workflow change: the state and what the buttons should now offer. */
  workflow?: WorkflowInfo;
};

export type EditorAction = (state: EditorState, formData: FormData) => Promise<EditorState>;

export type AutosaveResult =
  | { status: 'saved'; version: number; savedAt: string }
  | { status: 'conflict'; conflict: Conflict }
  | { status: 'error'; message: string; errors: FormErrors };
export type AutosaveAction = (formData: FormData) => Promise<AutosaveResult>;

export type ArticleStateName = 'draft' | 'review' | 'scheduled' | 'published' | 'unpublished';

export type WorkflowInfo = {
  state: ArticleStateName;
  canEdit: boolean;
  canSubmit: boolean;
  canSendBack: boolean;
  canPublish: boolean;
  canUnpublish: boolean;
};

export const initialEditorState: EditorState = { status: 'idle', message: '', errors: {} };

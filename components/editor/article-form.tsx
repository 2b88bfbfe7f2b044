'use client';
// The article editor form. Fields are controlled so that a refused save (bad input, a colleague's
// newer version) never wipes what the person typed; the form is submitted through the action state
// from the submit handler rather than as a native form action, because React resets a form after
// every form action, and because each result must update the version the next save is based on.
import { useCallback, useRef, useState, useTransition, type FormEvent } from 'react';
import { unstable_rethrow } from 'next/navigation';
import type { FieldErrors } from '@/lib/errors';
import { EMPTY_FORM_STATE } from '@/lib/form-state';
import { RichTextEditor } from './rich-text-editor';
import type { UploadImage } from './image-form';
import { EditorConflict } from './editor-conflict';
import { EditorErrorSummary } from './editor-error-summary';
import { ArticleFields, type Option } from './article-fields';
import { EditorWorkflowButtons } from './editor-workflow-buttons';
import { EditorField } from './editor-field';
import { useAutosave } from './use-autosave';
import { useArticleValues } from './use-article-values';
import { useTypedBeforeHydration } from './use-typed-before-hydration';
import { useLeadFileCheck } from './use-lead-file-check';
import type {
  ArticleFormValues,
  AutosaveAction,
  EditorAction,
  EditorState,
  LeadImagePreview,
  WorkflowInfo,
} from './editor-types';
import styles from './article-form.module.css';

export type ArticleFormProps = {
  mode: 'new' | 'edit';
  initial: ArticleFormValues;
  baseVersion: number | null;
  sections: Option[];
  /** Null when the person may not choose the byline (journalists). */
  authors: Option[] | null;
  timeZone: string;
  /** For an article with no publish time yet: the "now" the field shows, which is not saved as such. */
  publishDefault: string;
  leadImage: LeadImagePreview;
  workflow: WorkflowInfo;
  action: EditorAction;
  autosave?: AutosaveAction;
  uploadImage?: UploadImage;
  previewHref?: string;
  reloadHref: string;
  /** The article's URL may have been public: the slug no longer follows the title. */
  everPublished?: boolean;
};

const snapshotOf = (v: ArticleFormValues) => JSON.stringify(v);

const FAILED: EditorState = {
  status: 'error',
  message: 'Not saved: something went wrong on the way to the server. Your text is still here; try again.',
  errors: {},
};

export function ArticleForm(props: ArticleFormProps) {
  const {
    mode,
    initial,
    sections,
    authors,
    timeZone,
    action,
    autosave,
    uploadImage,
    previewHref,
    reloadHref,
  } = props;
  const [state, setState] = useState<EditorState>(EMPTY_FORM_STATE);
  const [pending, startTransition] = useTransition();
  const form = useRef<HTMLFormElement>(null);
  const [workflow, setWorkflow] = useState(props.workflow);
  // Published from this form counts as soon as the server says so, without a reload.
  const everPublished =
    !!props.everPublished || workflow.state === 'published' || workflow.state === 'unpublished';
  const { values, setValues, setField } = useArticleValues(initial, mode, everPublished);
  const [leadImage, setLeadImage] = useState(props.leadImage);
  const [publishDefault, setPublishDefault] = useState(props.publishDefault);
  // The ref is what the next save sends (it must not wait for a render); the state mirrors it into
  // the form's hidden field so the page always shows which version it is based on.
  const version = useRef(props.baseVersion);
  const [baseVersion, setBaseVersion] = useState(props.baseVersion);
  const adoptVersion = useCallback((v: number) => {
    version.current = v;
    setBaseVersion(v);
  }, []);
  const { leadFile, fileProblem, checkLeadFile, clearLeadFile } = useLeadFileCheck();
  const errors: FieldErrors = {
    ...(state.status === 'error' ? state.errors : {}),
    ...(fileProblem ? { leadImage: [fileProblem.error] } : {}),
  };
  // A refused file is explained in the summary too (its live region announces it), unless a
  // conflict is on show: that matters more.
  const shownState: EditorState =
    fileProblem && state.status !== 'conflict'
      ? {
          ...state,
          status: 'error',
          message: state.status === 'error' ? state.message : fileProblem.summary,
          errors,
        }
      : state;

  useTypedBeforeHydration(form, initial, setField);

  const saveDraft = useCallback(async () => {
    const data = new FormData(form.current!);
    data.delete('leadImage');
    data.set('baseVersion', String(version.current));
    const result = await autosave!(data);
    if (result.status === 'done' && result.version != null) adoptVersion(result.version);
    return result;
  }, [autosave, adoptVersion]);

  const auto = useAutosave({
    enabled:
      !!autosave && workflow.state === 'draft' && workflow.canEdit && !pending && state.status !== 'conflict',
    snapshot: snapshotOf(values),
    save: saveDraft,
  });

  // A finished action: adopt the new version and what the server now says about the article.
  function adopt(result: EditorState, sent: ArticleFormValues) {
    setState(result);
    if (result.version != null) adoptVersion(result.version);
    if (result.workflow) setWorkflow(result.workflow);
    if (result.leadImage !== undefined) {
      setLeadImage(result.leadImage);
      clearLeadFile();
    }
    if (result.status === 'done' && result.values) {
      // The server may have settled the slug or the publish time; adopt those, keep the rest as typed.
      const { slug, publishedAt } = result.values;
      const settled = (v: ArticleFormValues) => ({ ...v, slug, publishedAt: publishedAt || v.publishedAt });
      if (publishedAt) setPublishDefault('');
      setValues(settled);
      auto.markSaved(snapshotOf(settled(sent)));
    }
    if (result.status === 'conflict') auto.stop();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    // Nothing is sent with a file that cannot be used; the next click sends the rest without it.
    if (!checkLeadFile('Not saved: the image could not be used.')) return;
    const data = new FormData(event.currentTarget, submitter);
    const sent = values;
    startTransition(async () => {
      // An autosave still running would make this save look like a conflict with ourselves.
      await auto.idle();
      if (version.current != null) data.set('baseVersion', String(version.current));
      let result: EditorState;
      try {
        result = await action(state, data);
      } catch (error) {
        // A redirect or notFound() from the action is the router's to handle; anything else is
        // reported here, so the form and what was typed stay on the page.
        unstable_rethrow(error);
        result = FAILED;
      }
      startTransition(() => adopt(result, sent));
    });
  }

  const conflict =
    state.status === 'conflict'
      ? state.conflict
      : auto.status.kind === 'conflict'
        ? auto.status.conflict
        : undefined;

  return (
    <form ref={form} onSubmit={onSubmit} className={styles.form} noValidate aria-busy={pending}>
      {baseVersion != null && <input type="hidden" name="baseVersion" value={baseVersion} />}
      {publishDefault && <input type="hidden" name="publishedAtDefault" value={publishDefault} />}
      <EditorErrorSummary state={shownState} pending={pending} />
      {!workflow.canEdit && (
        <p className={styles.readOnly}>
          {workflow.outsideDesk ??
            (workflow.state === 'review'
              ? 'This article is with the editors for review. You can edit it again if it is sent back to you.'
              : 'You cannot change this article in its current state.')}
        </p>
      )}
      {conflict && <EditorConflict conflict={conflict} values={values} reloadHref={reloadHref} />}

      <ArticleFields
        values={values}
        setField={setField}
        errors={errors}
        sections={sections}
        authors={authors}
        timeZone={timeZone}
        leadImage={leadImage}
        leadFile={leadFile}
        onLeadFileChange={() => checkLeadFile('That image cannot be used: choose another file.')}
        disabled={!workflow.canEdit}
      >
        <EditorField id="body" label="Body" labelAs="span" errors={errors.body}>
          {(w) => (
            <RichTextEditor
              name="body"
              labelId="body-label"
              initialHtml={initial.body}
              onChange={(html) => setField('body', html)}
              uploadImage={uploadImage}
              describedBy={w['aria-describedby']}
              invalid={!!w['aria-invalid']}
              disabled={!workflow.canEdit}
            />
          )}
        </EditorField>
      </ArticleFields>

      <EditorWorkflowButtons
        mode={mode}
        workflow={workflow}
        publishedAt={values.publishedAt}
        timeZone={timeZone}
        pending={pending}
        previewHref={previewHref}
        commentErrors={errors.comment}
        autosaveStatus={autosave && workflow.state === 'draft' ? auto.status : null}
      />
    </form>
  );
}

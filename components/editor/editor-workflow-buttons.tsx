'use client';
// The buttons a person sees are the moves the workflow table allows them now (computed on the server
// into WorkflowInfo); the data layer checks again, so hiding a button is a courtesy, not the permission.
import { useEffect, useState } from 'react';
import type { WorkflowMove } from '@/db/types';
import { parseNewsroomLocalTime } from '@/lib/time';
import { EditorField } from './editor-field';
import type { AutosaveStatus } from './use-autosave';
import type { WorkflowInfo } from './editor-types';
import styles from './article-form.module.css';

type Props = {
  mode: 'new' | 'edit';
  workflow: WorkflowInfo;
  publishedAt: string;
  timeZone: string;
  pending: boolean;
  previewHref?: string;
  commentErrors?: string[];
  autosaveStatus: AutosaveStatus | null;
};

/** The clock, ticking each half minute: a publish time typed as "in five minutes" turns into the past. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function autosaveText(s: AutosaveStatus | null): string {
  if (!s) return '';
  switch (s.kind) {
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved at ${s.at}`;
    case 'waiting':
      return 'Unsaved changes';
    case 'conflict':
      return 'Not saved: someone else saved this article. See the message above.';
    case 'error':
      return s.message;
    default:
      return '';
  }
}

export function EditorWorkflowButtons({
  mode,
  workflow,
  publishedAt,
  timeZone,
  pending,
  previewHref,
  commentErrors,
  autosaveStatus,
}: Props) {
  const now = useNow();
  const at = parseNewsroomLocalTime(publishedAt, timeZone);
  const future = at != null && at > now;
  const may = (move: WorkflowMove) => workflow.moves.includes(move);
  return (
    <div className={styles.workflow}>
      {may('sendback') && (
        <EditorField
          id="comment"
          label="Comment for the author"
          hint="Required when you send the article back."
          errors={commentErrors}
        >
          {(w) => <textarea {...w} name="comment" rows={3} className={styles.input} />}
        </EditorField>
      )}
      <div className={styles.actions}>
        {workflow.canEdit && (
          <button
            type="submit"
            name="intent"
            value="save"
            className={`${styles.button} ${styles.primary}`}
            disabled={pending}
          >
            {mode === 'new' ? 'Save draft' : 'Save'}
          </button>
        )}
        {may('submit') && (
          <button type="submit" name="intent" value="submit" className={styles.button} disabled={pending}>
            Submit for review
          </button>
        )}
        {may('sendback') && (
          <button type="submit" name="intent" value="sendback" className={styles.button} disabled={pending}>
            Send back
          </button>
        )}
        {may('publish') && (
          <button type="submit" name="intent" value="publish" className={styles.button} disabled={pending}>
            {future ? 'Schedule' : 'Publish'}
          </button>
        )}
        {may('unpublish') && (
          <button type="submit" name="intent" value="unpublish" className={styles.button} disabled={pending}>
            Unpublish
          </button>
        )}
        {previewHref && (
          <a href={previewHref} target="_blank" rel="noopener" className={styles.button}>
            Preview
          </a>
        )}
      </div>
      {autosaveStatus && (
        <p role="status" aria-live="polite" className={styles.hint}>
          {autosaveText(autosaveStatus)}
        </p>
      )}
    </div>
  );
}

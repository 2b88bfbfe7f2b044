'use client';
// A file over the server action's body limit would make the whole post fail and the page give way
// to the error page, taking the draft with it; so the chosen lead image is looked at here first and,
// if it cannot be used, explained and taken out of the form (the server checks it again).
import { useRef, useState } from 'react';
import { imageFileProblem } from '@/lib/image-limits';

/** A lead image refused in the browser, and what the summary above the form says about it. */
export type FileProblem = { error: string; summary: string };

export function useLeadFileCheck() {
  const leadFile = useRef<HTMLInputElement>(null);
  const [fileProblem, setFileProblem] = useState<FileProblem | null>(null);

  /** False (and the file taken out) when the chosen file cannot be used. */
  function checkLeadFile(summary: string): boolean {
    const file = leadFile.current?.files?.[0];
    const problem = file ? imageFileProblem(file) : null;
    if (problem && leadFile.current) leadFile.current.value = '';
    setFileProblem(problem ? { error: problem, summary } : null);
    return !problem;
  }

  /** After a save that used the file: the input is emptied, the image now shows as the article's. */
  function clearLeadFile() {
    if (leadFile.current) leadFile.current.value = '';
  }

  return { leadFile, fileProblem, checkLeadFile, clearLeadFile };
}

// The permission matrix, enforced by the data layer itself (DESIGN.md §5): each role × each action.
import { beforeAll, describe, expect, it } from 'vitest';
import { createArticle, getArticleForEdit, getArticlePreview, saveArticle } from '@/db/articles/editor';
import { listDashboardArticles, listReviewQueue, listScheduled } from '@/db/articles/dashboard';
import { PermissionError, type Actor } from '@/db/people/permissions';
import { diffRevision, listRevisions, restoreRevision } from '@/db/articles/revisions';
import { createSection, deleteSection, renameSection, reorderSections } from '@/db/taxonomy/sections';
import { createTag, deleteTag, renameTag } from '@/db/taxonomy/tags';
import { publishArticle, sendBack, submitForReview, unpublishArticle } from '@/db/articles/workflow';
import { listTransitions } from '@/db/articles/history';
import { articleRow, makeArticle, makeSection, makeStaff } from './editor-fixtures';

let journalist: Actor;
let otherJournalist: Actor;
let editor: Actor;
let admin: Actor;

beforeAll(async () => {
  journalist = await makeStaff('journalist');
  otherJournalist = await makeStaff('journalist');
  editor = await makeStaff('editor');
  admin = await makeStaff('admin');
});

const HOUR = 60 * 60 * 1000;

describe('creating articles', () => {
  it('any staff member can create an article; a journalist is always its author', async () => {
    for (const actor of [journalist, editor, admin]) {
      const { id, version } = await createArticle(actor, { title: 'Created by staff' });
      expect(version).toBe(1);
      expect(articleRow(id).authorId).toBe(actor.id);
      expect(articleRow(id).status).toBe('draft');
    }
  });

  it('a journalist cannot put another name on the byline', async () => {
    await expect(createArticle(journalist, { title: 'Ghost', authorId: otherJournalist.id })).rejects.toThrow(
      PermissionError,
    );
  });

  it('an editor may credit another staff member', async () => {
    const { id } = await createArticle(editor, { title: 'For a colleague', authorId: journalist.id });
    expect(articleRow(id).authorId).toBe(journalist.id);
  });
});

describe('reading and editing', () => {
  it('a journalist edits their own draft', async () => {
    const a = await makeArticle(journalist);
    const saved = await saveArticle(journalist, a.id, { title: 'My better title', baseVersion: a.version });
    expect(saved.version).toBe(2);
    expect(articleRow(a.id).title).toBe('My better title');
  });

  it('a journalist cannot edit their own article while it is in review', async () => {
    const a = await makeArticle(journalist);
    await submitForReview(journalist, a.id);
    await expect(saveArticle(journalist, a.id, { title: 'Sneaky', baseVersion: 1 })).rejects.toThrow(
      PermissionError,
    );
    expect(articleRow(a.id).title).not.toBe('Sneaky');
  });

  it('a journalist cannot edit their own published article', async () => {
    const a = await makeArticle(journalist);
    await publishArticle(editor, a.id);
    await expect(saveArticle(journalist, a.id, { title: 'Sneaky', baseVersion: 1 })).rejects.toThrow(
      PermissionError,
    );
  });

  it("a journalist cannot edit another journalist's article; an editor and an admin can", async () => {
    const a = await makeArticle(otherJournalist);
    await expect(saveArticle(journalist, a.id, { title: 'Not mine', baseVersion: 1 })).rejects.toThrow(
      PermissionError,
    );
    await saveArticle(editor, a.id, { title: 'Edited by the editor', baseVersion: 1 });
    await saveArticle(admin, a.id, { title: 'Edited by the admin', baseVersion: 2 });
    expect(articleRow(a.id).title).toBe('Edited by the admin');
  });

  it('editors edit articles in any state', async () => {
    const a = await makeArticle(journalist);
    await submitForReview(journalist, a.id);
    await saveArticle(editor, a.id, { title: 'Fixed in review', baseVersion: 1 });
    await publishArticle(editor, a.id);
    await saveArticle(editor, a.id, { title: 'Fixed after publishing', baseVersion: 2 });
    expect(articleRow(a.id).title).toBe('Fixed after publishing');
  });

  it("a journalist cannot read another's draft, its revisions, history or preview", async () => {
    const a = await makeArticle(otherJournalist);
    await expect(getArticleForEdit(journalist, a.id)).rejects.toThrow(PermissionError);
    await expect(listRevisions(journalist, a.id)).rejects.toThrow(PermissionError);
    await expect(diffRevision(journalist, a.id, 1)).rejects.toThrow(PermissionError);
    await expect(listTransitions(journalist, a.id)).rejects.toThrow(PermissionError);
    await expect(getArticlePreview(journalist, a.id)).rejects.toThrow(PermissionError);
    expect((await getArticleForEdit(otherJournalist, a.id))?.id).toBe(a.id);
    expect((await getArticleForEdit(editor, a.id))?.id).toBe(a.id);
    expect((await getArticlePreview(admin, a.id))?.id).toBe(a.id);
  });

  it("the dashboard shows a journalist only their own articles and editors everyone's", async () => {
    const mine = await makeArticle(journalist, { title: 'Dashboard mine zebra' });
    const theirs = await makeArticle(otherJournalist, { title: 'Dashboard theirs zebra' });
    const forJournalist = await listDashboardArticles(journalist, { q: 'zebra' });
    expect(forJournalist.rows.map((r) => r.id)).toEqual([mine.id]);
    const forEditor = await listDashboardArticles(editor, { q: 'zebra' });
    expect(forEditor.rows.map((r) => r.id).sort()).toEqual([mine.id, theirs.id].sort());
    await expect(listReviewQueue(journalist)).rejects.toThrow(PermissionError);
    await expect(listScheduled(journalist)).rejects.toThrow(PermissionError);
    await expect(listReviewQueue(editor)).resolves.toBeInstanceOf(Array);
  });
});

describe('workflow', () => {
  it('the author or an editor may submit; another journalist may not', async () => {
    const a = await makeArticle(journalist);
    await expect(submitForReview(otherJournalist, a.id)).rejects.toThrow(PermissionError);
    await submitForReview(journalist, a.id);
    const b = await makeArticle(journalist);
    await submitForReview(editor, b.id);
    expect(articleRow(b.id).status).toBe('review');
  });

  it('only editors and admins send back', async () => {
    const a = await makeArticle(journalist);
    await submitForReview(journalist, a.id);
    await expect(sendBack(journalist, a.id, 'Please fix')).rejects.toThrow(PermissionError);
    await sendBack(editor, a.id, 'Please fix the intro');
    await submitForReview(journalist, a.id);
    await sendBack(admin, a.id, 'And the ending');
    expect(articleRow(a.id).status).toBe('draft');
  });

  it('a journalist can never publish, not even their own article', async () => {
    const a = await makeArticle(journalist);
    await submitForReview(journalist, a.id);
    await expect(publishArticle(journalist, a.id)).rejects.toThrow(PermissionError);
    expect(articleRow(a.id).status).toBe('review');
    await publishArticle(editor, a.id);
    expect(articleRow(a.id).status).toBe('published');
    const b = await makeArticle(journalist);
    await publishArticle(admin, b.id);
    expect(articleRow(b.id).status).toBe('published');
  });

  it('only editors and admins schedule', async () => {
    const a = await makeArticle(journalist);
    const later = Date.now() + 24 * HOUR;
    await expect(publishArticle(journalist, a.id, { publishedAt: later })).rejects.toThrow(PermissionError);
    const result = await publishArticle(editor, a.id, { publishedAt: later });
    expect(result.state).toBe('scheduled');
  });

  it('only editors and admins unpublish', async () => {
    const a = await makeArticle(journalist);
    await publishArticle(editor, a.id);
    await expect(unpublishArticle(journalist, a.id)).rejects.toThrow(PermissionError);
    expect(articleRow(a.id).status).toBe('published');
    await unpublishArticle(admin, a.id);
    expect(articleRow(a.id).status).toBe('unpublished');
  });
});

describe('sections and tags', () => {
  it('a journalist cannot manage sections or tags', async () => {
    const sectionId = makeSection('Matrix section');
    await expect(createSection(journalist, { name: 'Opinion' })).rejects.toThrow(PermissionError);
    await expect(renameSection(journalist, sectionId, { name: 'Renamed' })).rejects.toThrow(PermissionError);
    await expect(reorderSections(journalist, [sectionId])).rejects.toThrow(PermissionError);
    await expect(deleteSection(journalist, sectionId)).rejects.toThrow(PermissionError);
    await expect(createTag(journalist, { name: 'Elections' })).rejects.toThrow(PermissionError);
  });

  it('editors and admins manage sections and tags', async () => {
    const section = await createSection(editor, { name: 'Matrix sport' });
    await renameSection(admin, section.id, { name: 'Matrix sports' });
    await deleteSection(editor, section.id);
    const tag = await createTag(editor, { name: 'Matrix tag' });
    await expect(renameTag(journalist, tag.id, { name: 'Other' })).rejects.toThrow(PermissionError);
    await expect(deleteTag(journalist, tag.id)).rejects.toThrow(PermissionError);
    await renameTag(admin, tag.id, { name: 'Matrix tag two' });
    await deleteTag(editor, tag.id);
  });
});

describe('restoring revisions', () => {
  it('a journalist restores a revision of their own draft, not of an article in review or of another', async () => {
    const a = await makeArticle(journalist, { title: 'Version one' });
    await saveArticle(journalist, a.id, { title: 'Version two', baseVersion: 1 });
    const restored = await restoreRevision(journalist, a.id, 1, 2);
    expect(restored.version).toBe(3);
    expect(articleRow(a.id).title).toBe('Version one');
    await expect(restoreRevision(otherJournalist, a.id, 2, 3)).rejects.toThrow(PermissionError);
    await submitForReview(journalist, a.id);
    await expect(restoreRevision(journalist, a.id, 2, 3)).rejects.toThrow(PermissionError);
    const byEditor = await restoreRevision(editor, a.id, 2, 3);
    expect(byEditor.version).toBe(4);
    expect(articleRow(a.id).title).toBe('Version two');
  });
});

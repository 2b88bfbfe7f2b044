// The editor's buttons and fields come from the same table the data layer checks moves against.
import { describe, expect, it } from 'vitest';
import { availableMoves, workflowFor } from '@/db/articles/workflow';
import type { Actor } from '@/db/people/permissions';

const author: Actor = { id: 1, role: 'journalist' };
const colleague: Actor = { id: 2, role: 'journalist' };
const editor: Actor = { id: 3, role: 'editor' };
const admin: Actor = { id: 4, role: 'admin' };
const article = (state: Parameters<typeof availableMoves>[1]['state']) => ({ authorId: author.id, state });

describe('what the editor offers', () => {
  it('the author may submit their draft and edit it; nothing more', () => {
    expect(workflowFor(author, article('draft'))).toEqual({
      state: 'draft',
      canEdit: true,
      moves: ['submit'],
    });
    expect(workflowFor(author, article('review'))).toEqual({ state: 'review', canEdit: false, moves: [] });
    expect(workflowFor(author, article('published'))).toMatchObject({ canEdit: false, moves: [] });
  });

  it('another journalist is offered nothing', () => {
    expect(workflowFor(colleague, article('draft'))).toMatchObject({ canEdit: false, moves: [] });
  });

  it('editors and admins edit in every state and get the moves each state allows', () => {
    for (const actor of [editor, admin]) {
      expect(availableMoves(actor, article('draft'))).toEqual(['submit', 'publish']);
      expect(availableMoves(actor, article('review'))).toEqual(['sendback', 'publish']);
      expect(availableMoves(actor, article('scheduled'))).toEqual(['sendback', 'unpublish']);
      expect(availableMoves(actor, article('published'))).toEqual(['sendback', 'unpublish']);
      expect(availableMoves(actor, article('unpublished'))).toEqual(['publish']);
      expect(workflowFor(actor, article('published')).canEdit).toBe(true);
    }
  });
});

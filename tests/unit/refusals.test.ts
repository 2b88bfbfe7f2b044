// Every expected refusal of the data layer is a DomainError, so one mapping turns any of them into
// the form's answer (lib/form-refusal.ts) and an endpoint into its status.
import { describe, expect, it } from 'vitest';
import { moderationReason, requireReason } from '@/db/moderation/rules';
import { PermissionError } from '@/db/people/permissions';
import { RatingError } from '@/db/readers/votes';
import { createSection } from '@/db/taxonomy/sections';
import { DomainError, ValidationError } from '@/lib/errors';
import { refusedState } from '@/lib/form-refusal';
import { makeStaff } from './editor-fixtures';
import { errorOf } from './staff-fixtures';

describe('refusals of the data layer', () => {
  it('a permission refusal is a DomainError that an endpoint answers with 403', async () => {
    const journalist = await makeStaff('journalist');
    const error = await errorOf(() => createSection(journalist, { name: 'Opinion' }));
    expect(error).toBeInstanceOf(PermissionError);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as PermissionError).status).toBe(403);
  });

  it('a rating refusal carries the status the vote endpoint answers with', () => {
    expect(new RatingError('invalid_stars')).toBeInstanceOf(DomainError);
    expect(new RatingError('invalid_stars').status).toBe(400);
    expect(new RatingError('not_found').status).toBe(404);
    expect(new RatingError('locked').status).toBe(409);
    expect(new RatingError('removed').status).toBe(409);
  });
});

describe('the moderation reason rule', () => {
  it('is one rule for the form and the data layer: required, trimmed, at most 500 characters', () => {
    expect(requireReason('  spam  ')).toBe('spam');
    const missing = (() => {
      try {
        requireReason('   ');
      } catch (error) {
        return error as ValidationError;
      }
    })();
    expect(missing?.fieldErrors).toEqual({ reason: ['Give a reason for this action.'] });
    const long = moderationReason.safeParse('x'.repeat(501));
    expect(long.success).toBe(false);
    expect(long.error?.issues[0].message).toBe('Keep the reason under 500 characters.');
  });
});

describe('a refusal as the form shows it', () => {
  it('says a refusal of the whole form first, whatever else it names', () => {
    const error = new ValidationError({ '': ['Set up in another window.'], email: ['Taken.'] });
    expect(refusedState(error, {}, 'Check the highlighted fields.').message).toBe(
      'Set up in another window.',
    );
  });

  it('sums up errors on named fields, or repeats their words when the form shows no fields', () => {
    const error = new ValidationError({ role: ['You cannot demote the last admin.'] });
    expect(refusedState(error, {}, 'Not saved.')).toEqual({
      status: 'error',
      message: 'Not saved.',
      errors: { role: ['You cannot demote the last admin.'] },
      values: {},
    });
    expect(refusedState(error).message).toBe('You cannot demote the last admin.');
  });

  it('says a refusal without field errors in its own words, and keeps what was typed', () => {
    const state = refusedState(new PermissionError('Only an editor can manage tags.'), { name: 'Rain' }, 'x');
    expect(state).toMatchObject({ message: 'Only an editor can manage tags.', values: { name: 'Rain' } });
  });
});

import { describe, expect, it } from 'vitest';
import { clampDescription, describeArticle } from '@/lib/meta-description';

describe('the meta description', () => {
  it('is the summary when there is one', () => {
    expect(describeArticle('The quay reopens.', '<p>Body.</p>', 'x')).toBe('The quay reopens.');
  });

  it('is the first whole sentences of the body under 160 characters when there is no summary', () => {
    const body =
      '<p>The harbour master confirmed on Thursday that the northern quay will reopen next month.</p>' +
      '<p>Morning crossings return to their old timetable, and the evening boat gains a second sailing on Fridays.</p>';
    const d = describeArticle('', body, 'x');
    expect(d).toBe('The harbour master confirmed on Thursday that the northern quay will reopen next month.');
    expect(d.length).toBeLessThan(160);
  });

  it('cuts one long sentence at a word boundary and marks the cut', () => {
    const d = clampDescription('word '.repeat(60));
    expect(d.length).toBeLessThan(160);
    expect(d.endsWith('word…')).toBe(true);
  });

  it('decodes entities and leaves out markup and link targets', () => {
    expect(
      describeArticle('', '<p>Fish &amp; <a href="https://x.example">chips</a> <em>today</em>.</p>', 'x'),
    ).toBe('Fish & chips today.');
  });

  it('falls back when there is no text at all', () => {
    expect(describeArticle('  ', '<p><img src="/a.jpg" alt=""></p>', 'An article from Newsroom.')).toBe(
      'An article from Newsroom.',
    );
  });
});

// Issue 12: the refusal check and the sanitiser read markup the same way, so whatever the sanitiser
// would strip silently is refused with a message first; and body images come only from /uploads.
import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup, sanitizeBody } from '@/lib/sanitize';

describe('the refusal check agrees with the sanitiser', () => {
  it('refuses handlers written without spaces, which browsers still run', () => {
    for (const html of [
      '<img/src=x/onerror=alert(1)>',
      '<svg/onload=alert(1)>',
      '<p/onclick=alert(1)>hi</p>',
      '<img src="/uploads/a-320.png"onerror=alert(1)>',
      '<a href="/x"\nonmouseover=alert(1)>x</a>',
    ]) {
      expect(findUnsafeMarkup(html), html).not.toBeNull();
    }
  });

  it('refuses svg and math, which the sanitiser drops', () => {
    expect(findUnsafeMarkup('<svg><circle r="1"/></svg>')).toMatch(/embedded content \(<svg>\)/);
    expect(findUnsafeMarkup('<math><mi>x</mi></math>')).toMatch(/<math>/);
  });

  it('lets ordinary prose and markup through untouched', () => {
    for (const html of [
      '<p>shopping online = easy; onward = forward</p>',
      '<p><a href="https://example.com/a?b=1">a link</a></p>',
      '<figure><img src="/uploads/abc-640.webp" alt="x" srcset="/uploads/abc-320.webp 320w, /uploads/abc-640.webp 640w"></figure>',
    ]) {
      expect(findUnsafeMarkup(html), html).toBeNull();
    }
  });

  it('refuses images from other hosts with a message, and the sanitiser drops them too', () => {
    for (const html of [
      '<img src="https://tracker.example/pixel.gif" alt="">',
      '<img src="//tracker.example/p.gif">',
      '<img src="/uploads/a-320.png" srcset="https://tracker.example/p.gif 2x">',
      '<img src="data:image/gif;base64,R0lGOD">',
    ]) {
      expect(findUnsafeMarkup(html), html).toMatch(/uploaded here|unsafe/);
      expect(sanitizeBody(`<p>a</p>${html}`), html).toBe('<p>a</p>');
    }
  });

  it('refuses every fixture the sanitiser would change because of danger', () => {
    const dangerous = [
      '<img/src=x/onerror=alert(1)>',
      '<svg/onload=alert(1)>',
      '<iframe src="/x"></iframe>',
      '<a href="java&#x09;script:alert(1)">x</a>',
      '<script>alert(1)</script>',
    ];
    for (const html of dangerous) {
      expect(sanitizeBody(html)).not.toBe(html);
      expect(findUnsafeMarkup(html), html).not.toBeNull();
    }
  });
});

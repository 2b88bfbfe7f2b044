// What the editor refuses in a body and tells the author about (findUnsafeMarkup), including
// schemes hidden behind character references that a browser would decode.
import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup, sanitizeBody } from '@/lib/sanitize';

const UNSAFE_LINK = 'The body contains a javascript: (or other unsafe) link, which is not allowed.';

describe('findUnsafeMarkup', () => {
  it('refuses a scheme split by an encoded tab or newline', () => {
    for (const href of [
      'java&#x09;script:alert(1)',
      'java&#9;script:alert(1)',
      'java&#x0A;script:alert(1)',
      'java&Tab;script:alert(1)',
    ])
      expect(findUnsafeMarkup(`<p><a href="${href}">x</a></p>`), href).toBe(UNSAFE_LINK);
  });

  it('refuses a scheme spelt with numeric or named references, quoted or not', () => {
    for (const html of [
      '<a href="&#106;avascript:alert(1)">x</a>',
      '<a href="&#x6A;&#x61;vascript:alert(1)">x</a>',
      '<a href=&#106avascript:alert(1)>x</a>',
      "<a href='javascript&colon;alert(1)'>x</a>",
      '<img src="  &#118;bscript:msgbox(1)">',
      '<a title="a>b" href="jav&#x61;script:alert(1)">x</a>',
    ])
      expect(findUnsafeMarkup(html), html).toBe(UNSAFE_LINK);
  });

  it('still refuses the plain forms', () => {
    expect(findUnsafeMarkup('<a href="javascript:alert(1)">x</a>')).toBe(UNSAFE_LINK);
    expect(findUnsafeMarkup('<img src=data:image/svg+xml;base64,AAAA>')).toBe(UNSAFE_LINK);
  });

  it('lets normal prose and ordinary links through, character references and all', () => {
    for (const html of [
      '<p>Fish &amp; chips at 5&#8239;pm; “quotes” &lt;script&gt; and a colon: here.</p>',
      '<p><a href="https://example.com/?a=1&amp;b=2">search</a> and <a href="mailto:desk@example.com">mail</a></p>',
      '<p>The javascript: prefix is explained in the <a href="/uploads/guide-480.png">guide</a>.</p>',
      '<p><img src="/uploads/abc123-480.jpg" alt="Harbour"></p>',
      '<p>Set href = "home" in your page, says the web desk.</p>',
    ])
      expect(findUnsafeMarkup(html), html).toBeNull();
  });

  it('agrees with the sanitiser: what it refuses, sanitising would have removed', () => {
    const html = '<a href="java&#x09;script:alert(1)">x</a>';
    expect(sanitizeBody(html)).toBe('<a>x</a>');
  });
});

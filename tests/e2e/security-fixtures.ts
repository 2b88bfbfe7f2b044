// For the security spec: CSP violations as the browser reports them, and a public article with a
// section, a tag and an author to visit every kind of page from.
import Database from 'better-sqlite3';
import path from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Collects every CSP violation the page reports, from the console ("Refused to …", "Content
 * Security Policy") and from securitypolicyviolation events, which also catch what the console
 * may fold together. Call before the first navigation.
 */
export async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame|create)/i.test(text))
      violations.push(`${page.url()}: ${text}`);
  });
  await page.exposeFunction('__reportCsp', (line: string) => violations.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCsp: (line: string) => void }).__reportCsp;
      report(`${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return violations;
}

/** The text of each inline script (one without src) in an HTML document, empty ones left out. */
export function inlineScriptTexts(html: string): string[] {
  const texts: string[] = [];
  for (const [, attributes, text] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi))
    if (!/\ssrc=/i.test(attributes) && text.length > 0) texts.push(text);
  return texts;
}

export type PublicArticle = { id: number; slug: string; section: string; tag: string; author: string };

/** A public demo article of the default edition (its unprefixed addresses), with a section, a tag and an author. */
export function publicArticle(): PublicArticle {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error('E2E_DATA_DIR is not set (run through playwright.config.ts)');
  const db = new Database(path.join(dir, 'newsroom.db'), { readonly: true });
  try {
    return db
      .prepare(
        `SELECT a.id, a.slug, s.slug AS section, u.slug AS author,
                (SELECT t.slug FROM article_tags at JOIN tags t ON t.id = at.tag_id
                  WHERE at.article_id = a.id LIMIT 1) AS tag
           FROM articles a JOIN sections s ON s.id = a.section_id JOIN users u ON u.id = a.author_id
          WHERE a.status = 'published' AND a.published_at <= ? AND a.rating_locked = 0
            AND a.edition_id = (SELECT id FROM editions WHERE is_default = 1)
            AND EXISTS (SELECT 1 FROM article_tags at WHERE at.article_id = a.id)
          ORDER BY a.published_at DESC LIMIT 1`,
      )
      .get(Date.now()) as PublicArticle;
  } finally {
    db.close();
  }
}

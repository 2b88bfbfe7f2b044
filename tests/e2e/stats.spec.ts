// Every staff member gets a chart of their own articles' views; another journalist's article is closed.
import { expect, test } from '@playwright/test';
import { createStaff, signIn } from './staff';
import { importArticle, sendView } from './moderation-fixtures';

test("a journalist opens the views chart of their own article, not of another's", async ({ page }) => {
  const journalist = createStaff('journalist');
  const colleague = createStaff('journalist');
  const stamp = Date.now().toString(36);
  const title = `Tram line extension approved ${stamp}`;
  const own = importArticle(title, journalist.email);
  const theirs = importArticle(`Night market moves ${stamp}`, colleague.email);
  expect((await sendView(own.id)).body).toMatchObject({ views: 1 });

  await signIn(page, journalist);
  await page.goto('/newsroom/stats');
  await page
    .getByRole('region', { name: 'Your articles, newest first' })
    .getByRole('link', { name: title })
    .click();
  await expect(page).toHaveURL(new RegExp(`/newsroom/stats/${own.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Views of “${title}”`);
  const days = page.getByRole('table', { name: 'Views per day over the last 30 days (UTC)' });
  await expect(days.getByRole('row')).toHaveCount(31);
  await expect(page.getByRole('definition').filter({ hasText: /^1$/ }).first()).toBeVisible();

  const refused = await page.goto(`/newsroom/stats/${theirs.id}`);
  expect([403, 404]).toContain(refused?.status());
});

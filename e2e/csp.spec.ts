// The app runs under its Content-Security-Policy without tripping it: no script, style or eval
// is refused, so a violation report means something real (and none is made on every load).
import { expect, test } from './fixtures';

test('loads every view without a single Content-Security-Policy violation', async ({ app }) => {
  const page = app.page;
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective}: ${event.blockedURI} (${event.sourceFile})`),
    );
  });
  for (const route of ['/', '/brief/kst-31015-90', '/vergelijk', '/notities']) {
    await app.goto(route);
    await expect(page.locator('h1').first()).toBeVisible();
    await page.reload();
    await expect(page.locator('h1').first()).toBeVisible();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('encryptie');
    await page.keyboard.press('Escape');
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    expect(violations, route).toEqual([]);
  }
});

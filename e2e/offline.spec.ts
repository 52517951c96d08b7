// Naslag works with the network cable pulled: nothing it loads or sends may
// leave the app's own origin (no fonts, scripts or telemetry from elsewhere).
import { expect, test } from './fixtures';

const ROUTES = [
  '/',
  '/brief/kst-31015-81',
  '/brief/kst-31015-90/encryptie',
  '/vergelijk',
  '/notities',
];

test('no request leaves the app', async ({ app }) => {
  test.skip(
    app.shell !== 'browser',
    'the Electron shell blocks foreign requests in its session instead',
  );
  const page = app.page;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await app.goto('/');
  const origin = new URL(page.url()).origin;
  for (const route of ROUTES) {
    await app.goto(route);
    await page.waitForLoadState('networkidle');
  }
  await page.keyboard.press('Control+k');
  await page.keyboard.type('encryptie');
  await page.waitForLoadState('networkidle');

  const foreign = requests.filter((url) => {
    const { protocol, origin: from } = new URL(url);
    return from !== origin && protocol !== 'data:' && protocol !== 'blob:';
  });
  expect(requests.length).toBeGreaterThan(0);
  expect(foreign).toEqual([]);
});

// End-to-end: "Vérifier les images" in the built extension, in headless Chromium. The page, on
// 127.0.0.1, shows its own images and one from a third-party host (cdn.exemple.org, also served
// here): the server records every request, so the test sees what the extension asked for.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { THIRD_PARTY_HOST, getReport, launch, runAxe, startServer, tabIdOf } from './harness.mjs';

let server;
let browser;
/** Every request the server received: `{ host, path, headers }`. */
const requests = [];

before(async () => {
  server = await startServer({ onRequest: (r) => requests.push(r) });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const SAME_ORIGIN_IMAGES = ['/images/ai-c2pa.jpg', '/images/ai-xmp.png', '/images/photo.webp', '/images/c2pa-compressed.jpg', '/images/plain.png'];

describe('Vérifier les images', () => {
  it('reads the page’s own images on request, reports their declarations, and never asks the other host', async () => {
    const origin = `http://127.0.0.1:${server.port}`;
    const page = await browser.context.newPage();
    await page.goto(`${origin}/images.html`, { waitUntil: 'load' });
    // A cookie of the site: the extension's requests must not carry it.
    await page.evaluate(() => {
      document.cookie = 'session=secret; path=/';
    });
    const loaded = await page.evaluate(() => [...document.images].map((img) => [img.id, img.naturalWidth > 0]));
    assert.deepEqual(loaded, [
      ['ai-c2pa', true],
      ['ai-xmp', true],
      ['photo', true],
      ['compressed', true],
      ['plain', true],
      ['third-party', true],
    ], 'the fixture images are real, displayable files');
    const tabId = await tabIdOf(browser.worker, page);

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('summary').waitFor();
    assert.deepEqual(
      (await getReport(popup, tabId)).findings.map((f) => f.ruleId),
      [],
      'nothing is found before the person asks, and nothing was read',
    );
    const before = requests.length;
    assert.equal(requests.filter((r) => r.headers.range).length, 0);

    // Reach the button with the keyboard and press it.
    const button = popup.getByRole('button', { name: 'Vérifier les images' });
    for (let i = 0; i < 30 && !(await button.evaluate((el) => el === document.activeElement)); i++) await popup.keyboard.press('Tab');
    assert.ok(await button.evaluate((el) => el === document.activeElement), 'the button is reachable with Tab');
    await popup.keyboard.press('Enter');

    const status = popup.getByTestId('image-check-status');
    await popup.waitForFunction(() => /images lues/.test(document.querySelector('[data-testid="image-check-status"]')?.textContent ?? ''), null, { timeout: 20_000 });
    assert.equal(await status.getAttribute('role'), 'status');
    assert.equal(
      (await status.textContent()).trim(),
      '5 images lues\u00a0: 2 déclarent un contenu généré par IA (déclaré dans le fichier, non vérifié). 3 images contiennent des Content Credentials (C2PA). 2 images d’autres sites n’ont pas été lues.',
    );

    // The findings are in the popup's list, and in the report automation gets.
    const items = popup.getByTestId('finding');
    await items.first().waitFor();
    assert.deepEqual(await items.evaluateAll((els) => els.map((el) => [el.dataset.ruleId, el.dataset.level])), [
      ['image-c2pa-ai-declaration', 'detected'],
      ['image-xmp-ai-declaration', 'detected'],
    ]);
    const report = await getReport(popup, tabId);
    const c2pa = report.findings.find((f) => f.ruleId === 'image-c2pa-ai-declaration');
    const xmp = report.findings.find((f) => f.ruleId === 'image-xmp-ai-declaration');
    assert.deepEqual(c2pa.evidence, [
      { signal: 'image-metadata', matched: 'C2PA digitalSourceType: trainedAlgorithmicMedia (Adobe Firefly)', where: `${origin}/images/ai-c2pa.jpg` },
    ]);
    assert.deepEqual(xmp.evidence, [
      { signal: 'image-metadata', matched: 'XMP digitalSourceType: trainedAlgorithmicMedia (Midjourney)', where: `${origin}/images/ai-xmp.png` },
    ]);
    assert.deepEqual(c2pa.legalRefs, ['AI Act art. 50(2)']);
    assert.match(await popup.locator('body').innerText(), /Vigie ne l’a pas vérifiée/);

    // What the server saw: one ranged request per same-origin image, without cookies; nothing
    // from the extension to the other host, and the og:image it lists was never requested.
    const byExtension = requests.slice(before).filter((r) => r.headers.range);
    assert.deepEqual(byExtension.map((r) => r.path).sort(), [...SAME_ORIGIN_IMAGES].sort());
    for (const r of byExtension) {
      assert.equal(r.host, `127.0.0.1:${server.port}`);
      assert.equal(r.headers.range, 'bytes=0-65535');
      assert.equal(r.headers.cookie, undefined, `${r.path} was requested without cookies`);
    }
    const thirdParty = requests.filter((r) => r.host.startsWith(THIRD_PARTY_HOST));
    assert.deepEqual(thirdParty.map((r) => r.path), ['/images/ai-c2pa.jpg'], 'only the page’s own <img> request reached the other host');
    assert.equal(thirdParty[0].headers.range, undefined);
    assert.equal(requests.filter((r) => r.path === '/images/og-only.jpg').length, 0);
    assert.equal(requests.slice(before).filter((r) => r.host.startsWith(THIRD_PARTY_HOST)).length, 0);

    assert.deepEqual(await runAxe(popup), []);
    await popup.close();
    await page.close();
  });
});

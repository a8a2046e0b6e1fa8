// End-to-end: "Vérifier les images" in the built extension, in headless Chromium. The page, on
// 127.0.0.1, shows its own images and one from a third-party host (cdn.exemple.org, also served
// here): the server records every request, so the test sees what the extension asked for.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { THIRD_PARTY_HOST, getReport, launch, runAxe, startServer, tabIdOf } from './harness.mjs';

/**
 * A server that honours Range as most web servers do (206 and Content-Range), for the test of
 * reads past the first 64 KB. The shared harness server sends whole files.
 */
async function startRangedServer(onRequest) {
  const page = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Galerie</title></head><body><main><h1>Galerie</h1>
<img id="large" src="/r/ai-c2pa-large.jpg" alt="Affiche" width="64" height="64">
<img id="ingredient" src="/r/ai-ingredient.webp" alt="Carte" width="64" height="64"></main></body></html>`;
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    onRequest({ path, headers: req.headers });
    if (path === '/ranged.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
      return;
    }
    const name = /^\/r\/(ai-c2pa-large\.jpg|ai-ingredient\.webp)$/.exec(path)?.[1];
    if (!name) {
      res.writeHead(404);
      res.end();
      return;
    }
    const file = await readFile(new URL(`../fixtures/images/${name}`, import.meta.url));
    const type = name.endsWith('.jpg') ? 'image/jpeg' : 'image/webp';
    const range = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? '');
    if (!range) {
      res.writeHead(200, { 'content-type': type, 'accept-ranges': 'bytes' });
      res.end(file);
      return;
    }
    const start = Number(range[1]);
    const end = Math.min(Number(range[2]), file.length - 1);
    res.writeHead(206, { 'content-type': type, 'content-range': `bytes ${start}-${end}/${file.length}` });
    res.end(file.subarray(start, end + 1));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { port: server.address().port, close: () => new Promise((ok) => server.close(ok)) };
}

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

const SAME_ORIGIN_IMAGES = [
  '/images/ai-c2pa.jpg',
  '/images/ai-xmp.png',
  '/images/photo.webp',
  '/images/c2pa-compressed.jpg',
  '/images/plain.png',
  '/images/ai-c2pa-large.jpg',
  '/images/ai-ingredient.webp',
];
const INGREDIENT_EVIDENCE = 'C2PA digitalSourceType: trainedAlgorithmicMedia (DALL·E), in the manifest of an ingredient (parentOf): urn:c2pa:11111111-1111-4111-8111-111111111111';

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
      ['large', true],
      ['ingredient', true],
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
      '7 images lues\u00a0: 4 déclarent un contenu généré par IA (déclaré dans le fichier, non vérifié). 1 image est faite à partir d’une image déclarée générée par IA (déclaration dans le manifeste d’un ingrédient). 5 images contiennent des Content Credentials (C2PA). 1 image a des Content Credentials illisibles (manifeste compressé ou abîmé)\u00a0: Vigie ne peut pas dire ce qu’elles déclarent. 2 images d’autres sites n’ont pas été lues.',
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
      { signal: 'image-metadata', matched: 'C2PA digitalSourceType: compositeWithTrainedAlgorithmicMedia (Adobe Photoshop)', where: `${origin}/images/ai-c2pa-large.jpg` },
      { signal: 'image-metadata', matched: INGREDIENT_EVIDENCE, where: `${origin}/images/ai-ingredient.webp` },
    ]);
    assert.deepEqual(xmp.evidence, [
      { signal: 'image-metadata', matched: 'XMP digitalSourceType: trainedAlgorithmicMedia (Midjourney)', where: `${origin}/images/ai-xmp.png` },
    ]);
    assert.deepEqual(c2pa.legalRefs, ['AI Act art. 50(2)']);
    assert.match(await popup.locator('body').innerText(), /Vigie ne l’a pas vérifiée/);

    // What the server saw: one ranged request per same-origin image, without cookies (this server
    // ignores Range and sends whole files: the large store is read from that one answer); nothing
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
    // The extension's own contexts asked for nothing else than these images of the page's site.
    assert.ok(browser.extensionRequests.length > 0, 'the image check is recorded as the extension’s');
    for (const r of browser.extensionRequests) {
      const url = new URL(r.url);
      assert.equal(url.host, `127.0.0.1:${server.port}`, r.url);
      assert.ok(SAME_ORIGIN_IMAGES.includes(url.pathname), r.url);
    }

    assert.deepEqual(await runAxe(popup), []);
    await popup.close();
    await page.close();
  });
  it('reads past the first 64 KB with further ranges when the server honours Range', async () => {
    const seen = [];
    const ranged = await startRangedServer((r) => seen.push(r));
    try {
      const page = await browser.context.newPage();
      await page.goto(`http://127.0.0.1:${ranged.port}/ranged.html`, { waitUntil: 'load' });
      const tabId = await tabIdOf(browser.worker, page);
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
      await popup.getByTestId('summary').waitFor();
      await popup.getByRole('button', { name: 'Vérifier les images' }).click();
      await popup.waitForFunction(() => /images lues/.test(document.querySelector('[data-testid="image-check-status"]')?.textContent ?? ''), null, { timeout: 20_000 });
      const report = await getReport(popup, tabId);
      const c2pa = report.findings.find((f) => f.ruleId === 'image-c2pa-ai-declaration');
      assert.deepEqual(c2pa.evidence.map((e) => e.matched), [
        'C2PA digitalSourceType: compositeWithTrainedAlgorithmicMedia (Adobe Photoshop)',
        INGREDIENT_EVIDENCE,
      ]);
      const byExtension = seen.filter((r) => r.headers.range);
      const ranges = (path) => byExtension.filter((r) => r.path === path).map((r) => r.headers.range);
      // The store goes on past the first 64 KB: one more range, for the rest of it, and no more.
      assert.deepEqual(ranges('/r/ai-c2pa-large.jpg'), ['bytes=0-65535', 'bytes=65536-150944']);
      assert.deepEqual(ranges('/r/ai-ingredient.webp'), ['bytes=0-65535', 'bytes=65536-81837']);
      for (const r of byExtension) assert.equal(r.headers.cookie, undefined);
      await popup.close();
      await page.close();
    } finally {
      await ranged.close();
    }
  });
});

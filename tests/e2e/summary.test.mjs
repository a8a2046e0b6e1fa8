// End-to-end: the mediator view ("Résumé pour accompagner") in the built extension, in
// headless Chromium: the summary page of fixture pages, copy and print, mediator mode turned on
// with the keyboard in the options page, the popup in that mode, axe-core in French and English,
// forced colours, and a 640 px wide window (a 1280 px screen at 200 % zoom).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CAF_HOST, LISTED_HOST, launch, runAxe, startServer, tabIdOf, waitForReport } from './harness.mjs';

let server;
let browser;
let ext; // an extension page, to talk to the background as the popup does

const at = (host, path) => `http://${host}:${server.port}/${path}`;

before(async () => {
  server = await startServer();
  browser = await launch();
  ext = await browser.context.newPage();
  await ext.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=999999`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a fixture page and waits for its report. */
async function openReported(b, extPage, url, predicate) {
  const page = await b.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(b.worker, page);
  const report = await waitForReport(extPage, tabId, predicate);
  return { page, tabId, report };
}

async function openSummary(b, tabId) {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/summary.html?tabId=${tabId}`);
  await page.getByTestId('mediator-summary').waitFor();
  return page;
}

const sectionText = async (page, id) => (await page.getByTestId(`ms-${id}`).innerText()).replace(/\s+/g, ' ');

/** Presses Tab until the element matching `selector` has the focus (keyboard only). */
async function tabTo(page, selector, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function noHorizontalScroll(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

describe('summary page (French)', () => {
  it('decision: what is missing, asking for the rules, the trust line; axe, forced colours, 640 px', async () => {
    const { page, tabId } = await openReported(browser, ext, at(LISTED_HOST, 'decision-crpa.html'), (r) => r.findings.length === 1);
    const summary = await openSummary(browser, tabId);
    assert.equal(await summary.locator('h1').innerText(), 'Résumé pour accompagner');
    assert.equal(await summary.evaluate(() => document.documentElement.lang), 'fr');
    assert.equal(await summary.title(), 'Résumé pour accompagner – Vigie');
    const h2 = await summary.locator('h2').allInnerTexts();
    assert.deepEqual(h2, ['Sur cette page', 'Ce que cela veut dire', 'Que faire maintenant', 'Qui contacter']);
    const onPage = await sectionText(summary, 'on-page');
    assert.match(onPage, /Une décision qui vous concerne/);
    assert.match(onPage, /Il manque 2 informations obligatoires sur 4\./);
    assert.match(onPage, /comment demander les règles, comment saisir la CADA/);
    assert.match(onPage, /Vigie l’a repéré\./);
    assert.match(await sectionText(summary, 'next'), /Demandez les règles du calcul\. Vigie peut préparer la lettre\./);
    assert.match(await sectionText(summary, 'next'), /Gardez une copie de la décision\./);
    assert.match(await sectionText(summary, 'meaning'), /La décision doit dire qu’un algorithme a été utilisé/);
    assert.match(await summary.getByTestId('ms-footer').innerText(), /Information, pas un conseil juridique\.\s+Vérifié le 26 novembre 2026\./);
    // The page's address is not shown: it can hold a file number.
    assert.doesNotMatch(await summary.locator('body').innerText(), /decision-crpa\.html/);

    assert.deepEqual(await runAxe(summary), []);
    await summary.screenshot({ path: '/tmp/summary-fr.png', fullPage: true });

    await summary.emulateMedia({ forcedColors: 'active' });
    assert.deepEqual(await runAxe(summary), []);
    await summary.emulateMedia({ forcedColors: 'none' });

    await summary.setViewportSize({ width: 640, height: 800 });
    assert.ok(await noHorizontalScroll(summary), 'no horizontal scroll at 640 px');
    await summary.screenshot({ path: '/tmp/summary-fr-640.png', fullPage: true });

    await summary.emulateMedia({ media: 'print' });
    assert.equal(await summary.getByTestId('ms-copy').isVisible(), false, 'no buttons on paper');
    assert.equal(await summary.getByTestId('ms-print').isVisible(), false);
    const colours = await summary.evaluate(() => {
      const s = getComputedStyle(document.body);
      return [s.color, s.backgroundColor];
    });
    assert.deepEqual(colours, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    await summary.screenshot({ path: '/tmp/summary-print.png', fullPage: true });
    await summary.close();
    await page.close();
  });

  it('CAF chat: the CAF route comes first among the contacts', async () => {
    const { page, tabId, report } = await openReported(browser, ext, at(CAF_HOST, 'caf-assistant.html'), (r) => r.findings.some((f) => f.kind === 'ai-chat'));
    const summary = await openSummary(browser, tabId);
    assert.match(await sectionText(summary, 'on-page'), /fenêtre de discussion/);
    assert.match(await sectionText(summary, 'next'), /Demandez à parler à une personne\./);
    const groups = summary.getByTestId('ms-contact-group');
    assert.equal(await groups.first().getAttribute('data-group'), 'sector');
    assert.match(await groups.first().innerText(), /Pour ce site\s:\sCaf \(allocations familiales\)/);
    assert.match(await groups.first().innerText(), /Médiateur administratif de la Caf/);
    assert.equal(await groups.first().getByRole('link').first().getAttribute('href'), 'https://www.caf.fr/');
    if (report.pageContacts?.dpo?.email) {
      assert.match(await summary.getByTestId('ms-contacts').innerText(), new RegExp(report.pageContacts.dpo.email.replace(/\./g, '\\.')));
    }
    assert.deepEqual(await runAxe(summary), []);
    await summary.screenshot({ path: '/tmp/summary-caf.png', fullPage: true });
    await summary.close();
    await page.close();
  });

  it('AI-labelled article: what the site declared and the right to be told', async () => {
    const { page, tabId } = await openReported(browser, ext, at(LISTED_HOST, 'article-ai-label.html'), (r) => r.findings.length === 2);
    const summary = await openSummary(browser, tabId);
    assert.match(await sectionText(summary, 'on-page'), /La page dit qu’une partie de son contenu a été produite par une IA\./);
    assert.match(await sectionText(summary, 'meaning'), /Savoir qu’un texte d’information a été produit par une IA/);
    assert.deepEqual(await runAxe(summary), []);
    await summary.close();
    await page.close();
  });

  it('nothing found: the honesty line; copy with the keyboard; print', async () => {
    const { page, tabId } = await openReported(browser, ext, at(LISTED_HOST, 'nothing.html'), (r) => r.scan?.trigger === 'static');
    const summary = await openSummary(browser, tabId);
    assert.match(await sectionText(summary, 'on-page'), /Vigie n’a rien trouvé sur cette page\. Cela ne prouve pas qu’il n’y a pas d’IA\./);
    assert.match(await sectionText(summary, 'next'), /Rien de particulier à faire\./);

    const origin = `chrome-extension://${browser.extensionId}`;
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin }).catch(() => undefined);
    await tabTo(summary, '[data-testid="ms-copy"]');
    await summary.keyboard.press('Enter');
    await summary.getByTestId('ms-copy-status').filter({ hasText: 'Résumé copié' }).waitFor();
    const copied = await summary.evaluate(() => navigator.clipboard.readText()).catch(() => undefined);
    if (copied !== undefined) {
      assert.match(copied, /^Résumé Vigie pour la page de\s:\sdemarches\.exemple\.gouv\.fr\n/);
      assert.match(copied, /\nSUR CETTE PAGE\n- Vigie n’a rien trouvé sur cette page\.\n {2}Cela ne prouve pas qu’il n’y a pas d’IA\.\n/);
    }
    // The focus stays on the button, ready for "Imprimer".
    assert.equal(await summary.evaluate(() => document.activeElement?.dataset.testid), 'ms-copy');

    await summary.evaluate(() => {
      window.print = () => {
        window.__printed = (window.__printed ?? 0) + 1;
      };
    });
    await summary.keyboard.press('Tab');
    await summary.keyboard.press('Enter');
    assert.equal(await summary.evaluate(() => window.__printed), 1);
    await summary.close();
    await page.close();
  });
});

describe('mediator mode (French)', () => {
  it('turned on with the keyboard in the options page, the popup opens on the summary; "Voir le détail" shows the report', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId('mediator-checkbox').waitFor();
    await tabTo(options, '[data-testid="mediator-checkbox"]');
    await options.keyboard.press('Space');
    await options.getByTestId('status').filter({ hasText: 'Réglages enregistrés' }).waitFor();
    const stored = await options.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
    assert.equal(stored.mediatorMode, true);
    assert.equal(stored.version, 2);
    assert.equal(await options.getByTestId('mediator-managed').count(), 0, 'no organisation policy in this browser');
    assert.deepEqual(await runAxe(options), []);
    await options.close();

    const { page, tabId } = await openReported(browser, ext, at(LISTED_HOST, 'decision-crpa.html'), (r) => r.findings.length === 1);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 800 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('mediator-summary').waitFor();
    assert.equal(await popup.locator('h2').first().innerText(), 'Sur cette page');
    assert.equal(await popup.getByTestId('report-detail').isVisible(), false);
    assert.deepEqual(await runAxe(popup), []);
    await popup.screenshot({ path: '/tmp/summary-popup.png', fullPage: true });

    await tabTo(popup, '[data-testid="show-detail"]');
    await popup.keyboard.press('Enter');
    assert.equal(await popup.getByTestId('show-detail').getAttribute('aria-expanded'), 'true');
    await popup.getByTestId('report-detail').getByTestId('finding').first().waitFor();
    assert.match(await popup.getByTestId('report-detail').innerText(), /1\s+élément\s+repéré/);
    assert.deepEqual(await runAxe(popup), []);
    await popup.emulateMedia({ forcedColors: 'active' });
    assert.deepEqual(await runAxe(popup), []);
    await popup.emulateMedia({ forcedColors: 'none' });
    await popup.setViewportSize({ width: 320, height: 800 });
    assert.ok(await noHorizontalScroll(popup), 'no horizontal scroll in a narrow popup');
    await popup.close();
    await page.close();
  });
});

describe('English', () => {
  it('the summary page and the popup in mediator mode speak English, with no axe violation', async () => {
    const english = await launch({ language: 'en' });
    try {
      const extEn = await english.context.newPage();
      await extEn.goto(`chrome-extension://${english.extensionId}/popup.html?tabId=999999`);
      const { page, tabId } = await openReported(english, extEn, at(CAF_HOST, 'caf-assistant.html'), (r) => r.findings.some((f) => f.kind === 'ai-chat'));
      const summary = await openSummary(english, tabId);
      assert.equal(await summary.evaluate(() => document.documentElement.lang), 'en');
      assert.equal(await summary.locator('h1').innerText(), 'Summary for helping someone');
      assert.deepEqual(await summary.locator('h2').allInnerTexts(), ['On this page', 'What it means', 'What to do next', 'Who to contact']);
      assert.match(await sectionText(summary, 'contacts'), /For this site: CAF \(family benefits office\)/);
      assert.match(await summary.getByTestId('ms-footer').innerText(), /Information, not legal advice\.\s+Checked on 26 November 2026\./);
      assert.deepEqual(await runAxe(summary), []);
      await summary.screenshot({ path: '/tmp/summary-en.png', fullPage: true });
      await summary.emulateMedia({ forcedColors: 'active' });
      assert.deepEqual(await runAxe(summary), []);
      await summary.close();

      await extEn.evaluate(async () => {
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { version: 2, disabledSites: [], autoScanPublicSector: false, extraSites: [], ...settings, mediatorMode: true } });
      });
      const popup = await english.context.newPage();
      await popup.setViewportSize({ width: 400, height: 800 });
      await popup.goto(`chrome-extension://${english.extensionId}/popup.html?tabId=${tabId}`);
      await popup.getByTestId('mediator-summary').waitFor();
      assert.equal(await popup.getByTestId('show-detail').innerText(), 'See the details');
      assert.deepEqual(await runAxe(popup), []);
      await popup.screenshot({ path: '/tmp/summary-popup-en.png', fullPage: true });
      await popup.close();
      await page.close();
    } finally {
      await english.close();
    }
  });
});

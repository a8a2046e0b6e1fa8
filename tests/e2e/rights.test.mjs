// The popup's rights and contacts on four kinds of page: a CRPA decision with
// an incomplete mention, a CAF-like page with a chat, an AI-labelled article, and a page with
// nothing. Real Chromium, built extension, fixture pages on loopback.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CAF_HOST, LISTED_HOST, launch, popupFor, runAxe, startServer } from './harness.mjs';

const OFFICIAL_LAW_HOSTS = ['www.legifrance.gouv.fr', 'eur-lex.europa.eu', 'www.conseil-constitutionnel.fr', 'www.conseil-etat.fr'];
const SHOTS = process.env.VIGIE_SHOTS; // a folder: screenshots for a person to look at

let server;
let browser;

const url = (host, path) => `http://${host}:${server.port}/${path}`;

async function openAll(popup) {
  await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

const rightIds = (popup) => popup.getByTestId('right').evaluateAll((els) => els.map((el) => el.dataset.rightId));

before(async () => {
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('rights and recourse in the popup', () => {
  it('a CRPA decision: the mention, the rules on request and the CADA, each with its official basis', async () => {
    const { page, popup } = await popupFor(browser, url(LISTED_HOST, 'decision-crpa.html'));
    const ids = await rightIds(popup);
    for (const id of ['algorithmic-decision-mention', 'algorithm-rules-on-request', 'cada-referral']) assert.ok(ids.includes(id), `${id} in ${ids}`);
    // A right of an information page is not offered for a decision addressed to the person.
    assert.ok(!ids.includes('law-explained-here'));
    await openAll(popup);
    const hosts = await popup.locator('[data-testid="right-basis"] a').evaluateAll((as) => as.map((a) => new URL(a.href).hostname));
    assert.ok(hosts.length >= ids.length);
    for (const host of hosts) assert.ok(OFFICIAL_LAW_HOSTS.includes(host), host);
    assert.match(await popup.getByTestId('trust-note').innerText(), /pas un conseil juridique\. Textes vérifiés le \d+ \S+ \d{4}/);
    // No sector for a generic gouv.fr host: the national bodies only.
    assert.equal(await popup.getByTestId('sector').count(), 0);
    const national = await popup.getByTestId('national-contacts').getByTestId('contact').evaluateAll((els) => els.map((el) => el.dataset.contactId));
    assert.ok(national.length >= 4, String(national));
    if (SHOTS) await popup.screenshot({ path: `${SHOTS}/popup-rights-decision.png`, fullPage: true });
    assert.deepEqual(await runAxe(popup), []);
    await popup.close();
    await page.close();
  });

  it('a chat on the CAF’s site: the AI rights, the CAF route and the page’s data-protection officer', async () => {
    const { page, popup } = await popupFor(browser, url(CAF_HOST, 'caf-assistant.html'));
    const ids = await rightIds(popup);
    for (const id of ['told-talking-to-ai', 'chatbot-answer-is-information', 'human-or-offline-route']) assert.ok(ids.includes(id), `${id} in ${ids}`);
    assert.equal(await popup.getByTestId('sector').getAttribute('data-sector-id'), 'caf');
    assert.ok((await popup.getByTestId('sector').getByTestId('contact').count()) >= 1);
    assert.equal(await popup.getByTestId('page-dpo-email').innerText(), 'dpo-exemple@caf-exemple.fr');
    assert.match(await popup.getByTestId('page-dpo').innerText(), /Vérifiez-la avant d’écrire/);
    await openAll(popup);
    if (SHOTS) await popup.screenshot({ path: `${SHOTS}/popup-rights-caf.png`, fullPage: true });
    assert.deepEqual(await runAxe(popup), []);
    // Forced colours (Windows high contrast) keep everything readable and labelled.
    await popup.emulateMedia({ forcedColors: 'active' });
    assert.deepEqual(await runAxe(popup), []);
    await popup.close();
    await page.close();
  });

  it('an AI-labelled article: being told a text was AI-generated', async () => {
    const { page, popup } = await popupFor(browser, url(LISTED_HOST, 'article-ai-label.html'), (r) => r.findings.length === 2);
    assert.deepEqual(await rightIds(popup), ['told-text-is-ai-generated']);
    await openAll(popup);
    assert.deepEqual(await runAxe(popup), []);
    await popup.close();
    await page.close();
  });

  it('a page with nothing: no rights, no contacts, and the honest empty state', async () => {
    const { page, popup } = await popupFor(browser, url(LISTED_HOST, 'nothing.html'), (r) => r.scan?.trigger === 'static');
    assert.equal(await popup.getByTestId('rights').count(), 0);
    assert.equal(await popup.getByTestId('contacts').count(), 0);
    assert.match(await popup.getByTestId('empty-state').innerText(), /ne prouve pas/);
    await popup.close();
    await page.close();
  });

  it('in English, and readable at 200 % zoom (no sideways scrolling)', async () => {
    const english = await launch({ language: 'en' });
    try {
      const { popup } = await popupFor(english, url(CAF_HOST, 'caf-assistant.html'));
      assert.equal(await popup.evaluate(() => document.documentElement.lang), 'en');
      assert.match(await popup.getByTestId('rights').innerText(), /Your rights/);
      assert.match(await popup.getByTestId('contacts').innerText(), /Who to contact/);
      await openAll(popup);
      assert.deepEqual(await runAxe(popup), []);
      // 200 %: the popup's 380 px at twice the size is what a 190 px wide window shows.
      await popup.setViewportSize({ width: 380, height: 800 });
      await popup.evaluate(() => (document.documentElement.style.zoom = '2'));
      const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `scrolls sideways by ${overflow}px at 200 %`);
      if (SHOTS) await popup.screenshot({ path: `${SHOTS}/popup-rights-en-200.png`, fullPage: true });
    } finally {
      await english.close();
    }
  });
});

// End-to-end: how the popup shows a decision notice by whom the page speaks to. A decision letter
// shows the mention's four elements and leads to the request letter; an administration's procedure
// notice shows its elements but is not a decision; a page about the law yields no finding and an
// empty badge, with the general rights only on request; another country's automated decision cites
// the GDPR. Real Chromium, built extension, fixture pages on loopback.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LISTED_HOST, badgeText, launch, popupFor as openPopup, runAxe, startServer } from './harness.mjs';

const SHOTS = process.env.VIGIE_SHOTS; // a folder: screenshots for a person to look at

let server;
let browser;

const url = (path) => `http://${LISTED_HOST}:${server.port}/${path}`;
const popupFor = (b, path, settled) => openPopup(b, url(path), settled);

const rightIds = (scope) => scope.getByTestId('right').evaluateAll((els) => els.map((el) => el.dataset.rightId));

before(async () => {
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('decision notices in the popup, by whom the page speaks to', () => {
  it('a decision letter: the four elements with the page’s words, and the request letter suggested', async () => {
    const { page, popup, tabId } = await popupFor(browser, 'decision-crpa.html', (r) => r.findings.some((f) => f.notice?.context === 'decision'));
    assert.equal(await popup.getByTestId('notice').getAttribute('data-context'), 'decision');
    const states = await popup.getByTestId('mention-element').evaluateAll((els) => els.map((el) => [el.dataset.element, el.dataset.state]));
    assert.equal(states.length, 4);
    assert.ok(states.some(([, s]) => s === 'present'), JSON.stringify(states));
    assert.match(await popup.getByTestId('mention-summary').innerText(), /sur 4/);
    assert.ok(await popup.getByTestId('open-act').isVisible());
    const act = await browser.context.newPage();
    await act.goto(`chrome-extension://${browser.extensionId}/act.html?tabId=${tabId}`);
    await act.getByTestId('letter-choice').waitFor();
    assert.ok(await act.getByTestId('letter-radio-algorithm-rules-request').isChecked(), 'the request for the rules is the first letter offered');
    await act.close();
    assert.deepEqual(await runAxe(popup), []);
    await popup.close();
    await page.close();
  });

  it('a page about the law: no finding, an empty badge, and the general rights only on request', async () => {
    const { page, popup, report, tabId } = await popupFor(browser, 'info-blog-avocat-algorithmes.html', (r) => (r.discussed ?? []).length > 0);
    assert.deepEqual(report.findings, []);
    assert.equal(await badgeText(browser.worker, tabId), '');
    assert.ok(await popup.getByTestId('empty-state').isVisible());
    const discussed = popup.getByTestId('discussed');
    assert.match(await discussed.innerText(), /parle des décisions prises avec un algorithme/);
    // The rights stay folded until the person asks for them.
    assert.equal(await popup.getByTestId('discussed-rights').evaluate((d) => d.open), false);
    await popup.getByTestId('discussed-rights').locator(':scope > summary').click();
    assert.ok((await rightIds(discussed)).includes('law-explained-here'));
    assert.equal(await popup.getByTestId('notice').count(), 0);
    if (SHOTS) await popup.screenshot({ path: `${SHOTS}/popup-about-page.png`, fullPage: true });
    assert.deepEqual(await runAxe(popup), []);
    await popup.close();
    await page.close();
  });

  it('an administration’s procedure notice: its elements are read, and it is not called a decision about you', async () => {
    const { page, popup } = await popupFor(browser, 'procedure-creche-algorithme.html', (r) => r.findings.some((f) => f.kind === 'decision-notice'));
    assert.equal(await popup.getByTestId('notice').getAttribute('data-context'), 'procedure');
    assert.match(await popup.getByTestId('notice').innerText(), /information que l’administration publie/);
    assert.equal(await popup.getByTestId('mention-element').count(), 4);
    const ids = await rightIds(popup);
    assert.ok(ids.includes('algorithm-rules-on-request'), String(ids));
    assert.ok(!ids.includes('contest-decision-deadlines'), 'no appeal deadlines for a page that decides nothing');
    if (SHOTS) await popup.screenshot({ path: `${SHOTS}/popup-procedure.png`, fullPage: true });
    assert.deepEqual(await runAxe(popup), []);
    await popup.close();
    await page.close();
  });

  it('another country’s automated decision: the GDPR, not the CRPA, in French and in English', async () => {
    const { page, popup } = await popupFor(browser, 'decision-steuerbescheid-de.html', (r) => r.findings.some((f) => f.kind === 'decision-notice'));
    assert.equal(await popup.getByTestId('notice').getAttribute('data-law'), 'eu');
    assert.match(await popup.getByTestId('notice').innerText(), /RGPD \(article 22\)/);
    assert.deepEqual(await rightIds(popup), ['gdpr-access-automated-logic']);
    assert.deepEqual(await runAxe(popup), []);
    await popup.close();
    await page.close();
    const english = await launch({ language: 'en' });
    try {
      const { popup: en } = await popupFor(english, 'decision-steuerbescheid-de.html', (r) => r.findings.some((f) => f.kind === 'decision-notice'));
      assert.match(await en.getByTestId('notice').innerText(), /GDPR \(article 22\)/);
      assert.deepEqual(await runAxe(en), []);
    } finally {
      await english.close();
    }
  });
});

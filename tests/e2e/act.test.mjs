// End-to-end: the "Agir" page (letters, deadlines, error report) in real headless Chromium, used
// with the keyboard only. Build first: `VIGIE_E2E=1 npx wxt build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { LISTED_HOST, launch, runAxe, startServer, tabIdOf, waitForReport } from './harness.mjs';

let server;
let browser;
let ext; // an extension page with no tab: talks to the background, and shows the page without a report

const listed = (path) => `http://${LISTED_HOST}:${server.port}/${path}`;
const actUrl = (b, query = '') => `chrome-extension://${b.extensionId}/act.html${query}`;

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`: the keyboard is the only way in. */
async function tabTo(page, selector, { backward = false, max = 120 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(backward ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${selector} not reached with ${backward ? 'Shift+Tab' : 'Tab'}`);
}

const valueOf = (page, selector) => page.$eval(selector, (el) => el.value);
const checkedLetter = (page) => page.$eval('input[name="letter"]:checked', (el) => el.value);
/** The tokens the letter must cite, as the page lists them (data-token, from lib/rights in the build). */
const citedTokens = (page) => page.$$eval('[data-testid="letter-articles"] li', (lis) => lis.map((li) => li.dataset.token));

/** Calendar months, as lib/rights/dates.ts counts them (same day, or the month's last day). */
function addMonths(iso, months) {
  const [y, m, d] = iso.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

async function openDecisionPage(b, extPage) {
  const page = await b.context.newPage();
  await page.goto(listed('decision-crpa.html'), { waitUntil: 'load' });
  const tabId = await tabIdOf(b.worker, page);
  await waitForReport(extPage, tabId, (r) => r.findings.some((f) => f.kind === 'decision-notice'));
  return { page, tabId };
}

async function openAct(b, tabId) {
  const act = await b.context.newPage();
  await act.goto(actUrl(b, `?tabId=${tabId}`));
  await act.getByTestId('letters').waitFor();
  return act;
}

before(async () => {
  server = await startServer();
  browser = await launch();
  ext = await browser.context.newPage();
  await ext.goto(actUrl(browser));
  await ext.getByTestId('letters').waitFor();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('Agir page (French)', () => {
  it('without a tab, still offers all five letters', async () => {
    assert.match(await ext.getByTestId('context').innerText(), /Vous pouvez quand même préparer une lettre/);
    assert.equal(await ext.locator('input[name="letter"]').count(), 5);
    assert.equal(await ext.getByText('(suggérée pour cette page)').count(), 0);
  });

  it('keyboard only: letter (a), fields, preview, every letter, download, deadlines, error report; axe, 640 px, forced colours, print', async () => {
    const { page, tabId } = await openDecisionPage(browser, ext);
    const act = await openAct(browser, tabId);
    assert.equal(await act.locator('h1').count(), 1);
    assert.match(await act.getByTestId('context').innerText(), new RegExp(`${LISTED_HOST.replaceAll('.', '\\.')}`));
    assert.ok((await act.getByText('(suggérée pour cette page)').count()) > 0, 'the decision notice suggests letters');

    // (a) the request for the algorithm's rules, chosen in the radio group with the arrow keys.
    await tabTo(act, 'input[name="letter"]:checked');
    for (let i = 0; i < 5 && (await checkedLetter(act)) !== 'algorithm-rules-request'; i++) await act.keyboard.press('ArrowDown');
    await act.keyboard.press('Space');
    assert.equal(await checkedLetter(act), 'algorithm-rules-request');

    await tabTo(act, '#field-fullName');
    await act.keyboard.type('Camille Exemple');
    await tabTo(act, '#field-address');
    await act.keyboard.type('12 rue des Tilleuls');
    await act.keyboard.press('Enter');
    await act.keyboard.type('99999 Villexemple');
    await tabTo(act, '#field-decisionDate');
    await act.keyboard.type('05102026');
    assert.equal(await valueOf(act, '#field-decisionDate'), '2026-10-05');
    await tabTo(act, '#field-fileNumber');
    await act.keyboard.type('DOS-2026-004512');

    const letter = await valueOf(act, '#letter-text');
    for (const expected of ['Camille Exemple', '12 rue des Tilleuls\n99999 Villexemple', 'DOS-2026-004512', '5 octobre 2026']) {
      assert.ok(letter.includes(expected), `preview holds ${JSON.stringify(expected)}`);
    }
    const tokensA = await citedTokens(act);
    assert.ok(tokensA.length >= 2, `letter (a) cites its texts: ${tokensA}`);
    for (const token of tokensA) assert.ok(letter.includes(token), `letter (a) cites ${token}`);
    assert.equal(await act.getByTestId('letter-print').textContent(), letter, 'the printed copy is the preview');

    // Every letter, one arrow key at a time: its preview cites each of its texts, and keeps the name.
    await tabTo(act, 'input[name="letter"]:checked', { backward: true });
    const seen = new Set();
    for (let i = 0; i < 5; i++) {
      await act.keyboard.press('ArrowDown');
      const id = await checkedLetter(act);
      seen.add(id);
      const body = await valueOf(act, '#letter-text');
      const tokens = await citedTokens(act);
      assert.ok(tokens.length > 0, `${id} lists its texts`);
      for (const token of tokens) assert.ok(body.includes(token), `${id} cites ${token}`);
      assert.ok(body.includes('Camille Exemple'), `${id} keeps the name`);
    }
    assert.equal(seen.size, 5, `all five letters: ${[...seen]}`);
    assert.equal(await checkedLetter(act), 'algorithm-rules-request', 'back on letter (a)');

    // Download: a .txt with the same text.
    await tabTo(act, '[data-testid="download-letter"]');
    const [download] = await Promise.all([act.waitForEvent('download'), act.keyboard.press('Enter')]);
    assert.match(download.suggestedFilename(), /^vigie-lettre-regles-algorithme-\d{4}-\d{2}-\d{2}\.txt$/);
    assert.equal(await readFile(await download.path(), 'utf8'), await valueOf(act, '#letter-text'));

    // Copy: the status line says what happened.
    await tabTo(act, '[data-testid="copy-letter"]', { backward: true });
    await act.keyboard.press('Enter');
    await act.getByTestId('copy-letter-status').filter({ hasText: /Lettre copiée|La copie n’a pas marché/ }).waitFor();

    // Deadlines: request for the rules sent on 27 November 2026.
    await tabTo(act, '#deadline-event');
    await act.keyboard.press('Home');
    await act.keyboard.press('ArrowDown');
    assert.equal(await valueOf(act, '#deadline-event'), 'rules-request-sent');
    await tabTo(act, '#deadline-date');
    await act.keyboard.type('27112026');
    assert.equal(await valueOf(act, '#deadline-date'), '2026-11-27');
    await tabTo(act, '[data-testid="deadline-submit"]');
    await act.keyboard.press('Enter');
    await act.getByTestId('deadline-results').waitFor();
    const refusal = addMonths('2026-11-27', 1);
    const cada = addMonths(refusal, 2);
    const times = await act.$$eval('[data-testid="milestone"] .milestone-date time', (ts) => ts.map((t) => [t.dateTime, t.textContent]));
    assert.deepEqual(times, [
      [refusal, '27 décembre 2026'],
      [cada, '27 février 2027'],
    ]);
    assert.match(await act.getByTestId('deadline-results').innerText(), /Dates indicatives/);
    await act.getByTestId('deadline-status').filter({ hasText: 'Dates calculées' }).waitFor();

    // Report an error: local text, nothing sent.
    await tabTo(act, '#error-message');
    await act.keyboard.type('Le délai de la CADA me semble faux.');
    await tabTo(act, '[data-testid="error-submit"]');
    await act.keyboard.press('Enter');
    await act.getByTestId('error-text').waitFor();
    const report = await valueOf(act, '#error-text');
    assert.match(report, /Le délai de la CADA me semble faux\./);
    assert.match(report, /\(algorithm-rules-request\)/);
    assert.ok(report.includes(listed('decision-crpa.html')), 'names the page (origin and path)');
    assert.match(await act.getByTestId('error-report').innerText(), /Envoyez ce texte à la personne ou à l’organisation qui vous a installé Vigie/);
    assert.equal(await act.locator('a[href^="mailto:"]').count(), 0);

    assert.deepEqual(await runAxe(act), []);
    await act.screenshot({ path: '/tmp/act-fr.png', fullPage: true });
    for (const part of ['letters', 'deadlines', 'sources', 'error-report']) await act.getByTestId(part).screenshot({ path: `/tmp/act-fr-${part}.png` });

    // 200 % zoom of a 1280 px window: 640 CSS pixels, no horizontal scrolling.
    await act.setViewportSize({ width: 640, height: 800 });
    assert.ok(await act.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), 'no horizontal scroll at 640 px');
    await act.screenshot({ path: '/tmp/act-640.png', fullPage: true });
    await act.setViewportSize({ width: 320, height: 800 });
    assert.ok(await act.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), 'no horizontal scroll at 320 px (400 %)');
    await act.setViewportSize({ width: 1000, height: 800 });

    await act.emulateMedia({ forcedColors: 'active' });
    assert.deepEqual(await runAxe(act), []);
    await act.screenshot({ path: '/tmp/act-forced.png', fullPage: true });
    await act.emulateMedia({ forcedColors: 'none' });

    // Print: the letter alone, full width, no buttons.
    await act.emulateMedia({ media: 'print' });
    assert.equal(await act.locator('button:visible').count(), 0);
    assert.equal(await act.locator('.screen-only').isVisible(), false);
    assert.ok(await act.getByTestId('letter-print').isVisible());
    assert.equal(await act.getByTestId('letter-print').textContent(), await valueOf(act, '#letter-text'));
    await act.screenshot({ path: '/tmp/act-print.png', fullPage: true });
    await act.emulateMedia({ media: 'screen' });

    assert.deepEqual(browser.blocked, [], 'no request left the machine');
    assert.deepEqual(browser.extensionRequests, [], 'the extension asked for nothing');
    await act.close();
    await page.close();
  });

  it('keeps a draft only when asked, and deletes it when unticked', async () => {
    const act = await browser.context.newPage();
    await act.goto(actUrl(browser));
    await act.getByTestId('letters').waitFor();
    const draft = () => act.evaluate(async () => (await chrome.storage.local.get('letterDraft')).letterDraft ?? null);
    await tabTo(act, '#field-fullName');
    await act.keyboard.type('Camille Brouillon');
    await act.waitForTimeout(500);
    assert.equal(await draft(), null);
    await tabTo(act, '#keep-draft');
    await act.keyboard.press('Space');
    await act.getByTestId('draft-status').filter({ hasText: 'Brouillon gardé' }).waitFor();
    assert.equal((await draft())?.fields.fullName, 'Camille Brouillon');
    await act.reload();
    await act.getByTestId('letters').waitFor();
    assert.equal(await valueOf(act, '#field-fullName'), 'Camille Brouillon');
    await tabTo(act, '#keep-draft');
    await act.keyboard.press('Space');
    await act.getByTestId('draft-status').filter({ hasText: 'Brouillon effacé' }).waitFor();
    assert.equal(await draft(), null);
    await act.close();
  });
});

describe('Agir page (English)', () => {
  it('speaks English, keeps the French letter to send with the translation below, and passes axe', async () => {
    const english = await launch({ language: 'en' });
    try {
      const extEn = await english.context.newPage();
      await extEn.goto(actUrl(english));
      await extEn.getByTestId('letters').waitFor();
      const { tabId } = await openDecisionPage(english, extEn);
      const act = await openAct(english, tabId);
      assert.equal(await act.evaluate(() => document.documentElement.lang), 'en');
      assert.equal(await act.locator('h1').innerText(), 'Take action: letters and deadlines');
      assert.match(await valueOf(act, '#letter-text'), /Madame, Monsieur,/);
      assert.match(await valueOf(act, '#letter-translation'), /^TRANSLATION FOR YOUR UNDERSTANDING ONLY/);
      assert.equal(await act.getByLabel('Letter to send, in French').count(), 1);
      await tabTo(act, '#deadline-date');
      // Day and month equal: the same keys whether the browser writes dates day-first or month-first.
      await act.keyboard.type('12122026');
      assert.equal(await valueOf(act, '#deadline-date'), '2026-12-12');
      await tabTo(act, '[data-testid="deadline-submit"]');
      await act.keyboard.press('Enter');
      await act.getByTestId('deadline-results').waitFor();
      const times = await act.$$eval('[data-testid="milestone"] .milestone-date time', (ts) => ts.map((t) => [t.dateTime, t.textContent]));
      assert.deepEqual(times, [
        [addMonths('2026-12-12', 1), '12 January 2027'],
        [addMonths('2026-12-12', 3), '12 March 2027'],
      ]);
      assert.deepEqual(await runAxe(act), []);
      await act.screenshot({ path: '/tmp/act-en.png', fullPage: true });
    } finally {
      await english.close();
    }
  });
});

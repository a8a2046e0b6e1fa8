// Vendor rules against the real packages: every page of tests/fixtures/chat-packages embeds a chat
// widget from its npm package, bundled the way a site's build does (`npm run build:chat-packages`),
// and the built extension must name its vendor in real Chromium, and read what the assistant says
// of itself as a person would at load.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LISTED_HOST, settledReportExpecting, withExtension } from './harness.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = resolve(ROOT, 'tests/fixtures/chat-packages');
const BUNDLES = resolve(ROOT, '.output-fixtures/chat-packages');

const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f.replace(/\.json$/, ''), ...JSON.parse(readFileSync(resolve(DIR, f), 'utf8')) }));

/**
 * What the assistant says of itself at load, from the fixture's own description: its words say AI,
 * or only "assistant virtuel" / "chatbot", or neither; a closed launcher whose window is built only
 * on opening leaves the question open. `disclosureAtLoad` gives it where the description alone does
 * not tell (a closed window kept hidden in the page, a default "Bot" header, an offline widget that
 * draws no conversation), with `disclosureWhy`.
 */
function expectedDisclosure(f) {
  if (f.disclosureAtLoad) return f.disclosureAtLoad;
  if (f.mode === 'launcher-closed') return 'not-checkable';
  if (f.notes.startsWith('Disclosure: AI')) return 'explicit';
  if (f.notes.startsWith('Disclosure: assistant/chatbot')) return 'self-described';
  return 'none';
}

const isKit = (f) => f.vendor.startsWith('In-house');
const firstWord = (name) => (name ?? '').toLowerCase().split(/[\s(]/)[0];

const env = withExtension({
  dynamic: (path) => {
    const bundle = /^\/chat-bundles\/([a-z0-9-]+\.js)$/.exec(path);
    if (bundle) {
      const file = resolve(BUNDLES, bundle[1]);
      return existsSync(file) ? { type: 'text/javascript', body: readFileSync(file) } : undefined;
    }
    const page = /^\/packages\/([a-z0-9-]+)\.html$/.exec(path);
    return page ? readFileSync(resolve(DIR, `${page[1]}.html`), 'utf8') : undefined;
  },
});

describe('chat widgets from their real npm packages', () => {
  it('every fixture has its bundle built', () => {
    const missing = fixtures.filter((f) => !existsSync(resolve(BUNDLES, `${f.name}.js`))).map((f) => f.name);
    assert.deepEqual(missing, [], 'run npm run build:chat-packages');
  });

  for (const f of fixtures) {
    it(`${f.name}: ${isKit(f) ? 'a site’s own assistant' : f.vendor} (${f.package} ${f.version}, ${f.mode})`, async () => {
      const url = `http://${LISTED_HOST}:${env.server.port}/packages/${f.name}.html`;
      const tab = await env.browser.context.newPage();
      await tab.goto(url, { waitUntil: 'load' });
      // Widgets draw their greeting after a delay: wait as a person would before opening Vigie.
      // A window that opens by itself after a delay is read again then.
      const want = expectedDisclosure(f);
      const report = await settledReportExpecting(env.ext, url, (r) => r.findings.some((x) => x.disclosure?.state === want), { quietMs: 1_500, maxMs: 10_000, graceMs: 6_000 });
      await tab.close();
      const chats = (report?.findings ?? []).filter((x) => x.kind === 'ai-chat');
      const summary = JSON.stringify(chats.map((c) => [c.ruleId, c.vendor, c.level, c.disclosure?.state]));
      if (isKit(f)) {
        assert.ok(chats.length > 0 && chats.every((c) => !c.vendor), `${f.name}: ${summary}`);
      } else {
        // The product's name as Vigie shows it ("Tock (The Open Conversation Kit)", "Rocket.Chat").
        const named = [...new Set(chats.map((c) => firstWord(c.vendor)))];
        assert.deepEqual(named, [firstWord(f.vendor)], `${f.name}: ${summary}`);
        assert.equal(chats[0].level, 'detected', `${f.name}: ${summary}`);
      }
      const chat = chats[0];
      if (chat.chatKind !== 'live_chat') assert.equal(chat.disclosure?.state, want, `${f.name}: ${summary}`);
    });
  }
});

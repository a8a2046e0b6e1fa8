// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '../../lib/background/background';
import { readPageContacts } from '../../lib/background/page-contacts';
import { collectContactSnippets } from '../../lib/detect/page-contacts';
import { createTranslator } from '../../lib/i18n/translate';
import type { Report } from '../../lib/report/schema';

const fr = JSON.parse(readFileSync(resolve(__dirname, '../../public/_locales/fr/messages.json'), 'utf8'));

const page = (body: string) =>
  new DOMParser().parseFromString(`<!doctype html><html lang="fr"><head><base href="https://www.ville-exemple.fr/"></head><body>${body}</body></html>`, 'text/html');

describe('contacts a page shows', () => {
  it('collects the paragraph of an e-mail link, the officer’s words and privacy links, and the background reads the officer from them', () => {
    const doc = page(`<main><p>Texte sans rapport.</p></main>
      <footer><p>Délégué à la protection des données : <a href="mailto:dpd@ville-exemple.fr">dpd@ville-exemple.fr</a></p>
      <p><a href="/donnees-personnelles">Données personnelles</a> · <a href="https://ailleurs.example/confidentialite">Confidentialité</a></p></footer>`);
    const snippets = collectContactSnippets(doc);
    expect(snippets.some((s) => typeof s !== 'string' && s.href === 'mailto:dpd@ville-exemple.fr')).toBe(true);
    const contacts = readPageContacts('https://www.ville-exemple.fr/demarches', snippets);
    expect(contacts?.dpo?.email).toBe('dpd@ville-exemple.fr');
    expect(contacts?.dpo?.quote).toContain('Délégué à la protection des données');
    // Only the site's own privacy page is offered.
    expect(contacts?.privacyLinks.map((l) => l.url)).toEqual(['https://www.ville-exemple.fr/donnees-personnelles']);
  });

  it('finds nothing on a page without contacts, and an unrelated e-mail is no officer', () => {
    expect(collectContactSnippets(page('<p>Bonjour.</p>'))).toEqual([]);
    const doc = page('<p>Écrivez à <a href="mailto:accueil@ville-exemple.fr">accueil@ville-exemple.fr</a> pour l’état civil.</p>');
    expect(readPageContacts('https://www.ville-exemple.fr/', collectContactSnippets(doc))).toBeUndefined();
  });
});

describe('background: the page’s contacts in the report', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // fake-browser does not implement i18n (the badge's tooltip uses it).
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(createTranslator(fr) as never);
  });
  afterEach(() => fakeBrowser.reset());

  it('keeps the contacts the top frame sent, and only the top frame’s', async () => {
    const bg = createBackground({ loadHostList: async () => ({ hosts: [] }), now: () => new Date('2026-11-27T10:00:00Z') });
    const snippets = [{ text: 'Délégué à la protection des données : dpo@caf-exemple.fr', href: 'mailto:dpo@caf-exemple.fr' }];
    const base = { type: 'reportFindings', findings: [], scan: { trigger: 'static', durationMs: 1, truncated: false } } as const;
    await bg.handleMessage({ ...base, url: 'https://widget.example.net/', contactSnippets: [{ text: 'Délégué à la protection des données : dpo@autre.example', href: 'mailto:dpo@autre.example' }] }, { tab: { id: 3 } as never, frameId: 2 });
    expect(((await bg.handleMessage({ type: 'getReport', tabId: 3 }, {})) as Report).pageContacts).toBeUndefined();
    await bg.handleMessage({ ...base, url: 'https://www.caf.fr/aides', contactSnippets: snippets }, { tab: { id: 3 } as never, frameId: 0 });
    const report = (await bg.handleMessage({ type: 'getReport', tabId: 3 }, {})) as Report;
    expect(report.pageContacts?.dpo?.email).toBe('dpo@caf-exemple.fr');
  });
});

describe('contacts a page shows: hostile or misleading pages', () => {
  it('a general address linked next to words about the officer is not the officer’s', () => {
    const doc = page('<p>Pour toute question : <a href="mailto:accueil@ville-exemple.fr">nous écrire</a>. Pour exercer vos droits, contactez le délégué à la protection des données par courrier.</p>');
    expect(readPageContacts('https://www.ville-exemple.fr/', collectContactSnippets(doc))?.dpo).toBeUndefined();
  });

  it('an address too long for the report is dropped, never the report', () => {
    const long = `dpo@${'a'.repeat(260)}.fr`;
    const contacts = readPageContacts('https://www.ville-exemple.fr/', [{ text: `Délégué à la protection des données : ${long}`, href: `mailto:${long}` }, { text: 'Données personnelles', href: 'https://www.ville-exemple.fr/donnees' }]);
    expect(contacts?.dpo).toBeUndefined();
    expect(contacts?.privacyLinks).toHaveLength(1);
  });
});

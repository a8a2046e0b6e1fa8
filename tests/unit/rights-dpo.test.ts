import { describe, expect, it } from 'vitest';
import { extractDpoContact, findPrivacyPageLinks, type PageSnippet } from '../../lib/rights';

describe('extractDpoContact: finds what the page shows', () => {
  it.each<[string, PageSnippet[], string | undefined, string | undefined]>([
    [
      'e-mail and address after the full French words',
      ['Vous pouvez contacter le délégué à la protection des données du ministère : dpd@education.gouv.fr, 110 rue de Grenelle, 75357 Paris Cedex 07.'],
      'dpd@education.gouv.fr',
      '110 rue de Grenelle, 75357 Paris Cedex 07',
    ],
    ['acronym DPO', ['Délégué à la protection des données (DPO) : protection@ville-exemple.fr'], 'protection@ville-exemple.fr', undefined],
    ['acronym DPD', ['Pour exercer vos droits, écrivez au DPD : donnees.personnelles@departement-exemple.fr'], 'donnees.personnelles@departement-exemple.fr', undefined],
    ['e-mail just before the words', ['Écrivez à donnees@agglo-exemple.fr (délégué à la protection des données).'], 'donnees@agglo-exemple.fr', undefined],
    ['capitals and accents', ['DÉLÉGUÉ À LA PROTECTION DES DONNÉES : cil@commune-exemple.fr'], 'cil@commune-exemple.fr', undefined],
    ['non-breaking spaces', ['Déléguée\u00a0à la protection des données\u00a0: rgpd@region-exemple.fr'], 'rgpd@region-exemple.fr', undefined],
    ['English', ['Data protection officer: privacy@agency.example.org'], 'privacy@agency.example.org', undefined],
    ['a role address on its own', ['Contact : dpo@ville-exemple.fr'], 'dpo@ville-exemple.fr', undefined],
    ['a mailto link named by its text', [{ text: 'Contacter notre délégué à la protection des données', href: 'mailto:rgpd@mairie-exemple.fr' }], 'rgpd@mairie-exemple.fr', undefined],
    ['a mailto link with a role address', [{ text: 'Écrire', href: 'mailto:dpo@agglo-exemple.fr?subject=RGPD' }], 'dpo@agglo-exemple.fr', undefined],
    [
      'a street address only',
      ['Délégué à la protection des données, Hôtel de ville, 2 place de la Mairie, 12345 Exemple-sur-Mer'],
      undefined,
      '2 place de la Mairie, 12345 Exemple-sur-Mer',
    ],
    ['a post box', ['Délégué à la protection des données, CS 12345, 75001 Paris Cedex 01'], undefined, 'CS 12345, 75001 Paris Cedex 01'],
    ['the same e-mail twice', ['DPO : dpo@ville-exemple.fr', { text: 'dpo@ville-exemple.fr', href: 'mailto:dpo@ville-exemple.fr' }], 'dpo@ville-exemple.fr', undefined],
  ])('%s', (_label, snippets, email, postal) => {
    const found = extractDpoContact(snippets);
    expect(found).toBeDefined();
    expect(found?.email).toBe(email);
    expect(found?.postal).toBe(postal);
    // The quote is the page's own words and holds what was found.
    const texts = snippets.map((s) => (typeof s === 'string' ? s : s.text)).join(' ').replace(/\s+/gu, ' ');
    if (email && !found!.quote.includes(email)) expect(snippets.some((s) => typeof s !== 'string' && s.href?.includes(email))).toBe(true);
    if (postal) expect(found!.quote).toContain(postal);
    expect(texts.replace(/\u00a0/gu, ' ')).toContain(found!.quote.split(' … ')[0]!.slice(0, 20));
    expect(found!.quote.length).toBeLessThanOrEqual(300);
  });
});

describe('extractDpoContact: no match rather than a wrong one', () => {
  it.each<[string, unknown[]]>([
    ['no words, ordinary address', ['Contact : accueil@mairie-exemple.fr']],
    [
      'an e-mail in another sentence',
      ['Le délégué à la protection des données veille au respect du RGPD. Pour toute question sur le site, écrivez à webmaster@mairie-exemple.fr.'],
    ],
    ['two different e-mails', ['DPO : dpo@a-exemple.fr ou dpo@b-exemple.fr']],
    ['two different e-mails in two snippets', ['DPO : dpo@a-exemple.fr', 'Délégué à la protection des données : rgpd@b-exemple.fr']],
    ['the CNIL e-mail', ['Si vos droits ne sont pas respectés, saisissez la CNIL : plaintes@cnil.fr (délégué à la protection des données)']],
    [
      'the CNIL address after the words',
      ['Après avoir contacté le délégué à la protection des données, vous pouvez saisir la CNIL, 3 Place de Fontenoy, TSA 80715, 75334 PARIS CEDEX 07.'],
    ],
    ['an address before the words', ['Mairie, 1 rue de la Paix, 12345 Ville. Délégué à la protection des données : par formulaire.']],
    ['lower-case dpo without an e-mail', ['Notre dpo est joignable par le formulaire en ligne.']],
    ['an obfuscated e-mail', ['DPO : dpo [at] ville-exemple [point] fr']],
    ['an e-mail too far from the words', [`Délégué à la protection des données ${'x'.repeat(300)} contact@ville-exemple.fr`]],
    ['a mailto link without the words', [{ text: 'Nous écrire', href: 'mailto:contact@ville-exemple.fr' }]],
    ['a mailto link with two addresses', [{ text: 'Délégué à la protection des données', href: 'mailto:a@x-exemple.fr,b@x-exemple.fr' }]],
    ['nothing', []],
    ['junk', [null, 42, { foo: 'bar' }, { text: 7 }]],
    ['a snippet over the size cap', [`DPO : dpo@ville-exemple.fr ${'x'.repeat(6000)}`]],
  ])('%s', (_label, snippets) => {
    expect(extractDpoContact(snippets)).toBeUndefined();
  });
});

describe('findPrivacyPageLinks', () => {
  it('keeps http(s) links to personal-data and legal-notice pages, once each', () => {
    const links = findPrivacyPageLinks([
      { text: 'Données personnelles', href: 'https://www.ville-exemple.fr/donnees-personnelles' },
      { text: 'Mentions légales', href: 'https://www.ville-exemple.fr/mentions-legales' },
      { text: 'Mentions  légales', href: 'https://www.ville-exemple.fr/mentions-legales' },
      { text: 'Politique de confidentialité', href: 'https://www.ville-exemple.fr/confidentialite' },
      { text: 'Accueil', href: 'https://www.ville-exemple.fr/' },
      { text: 'Vie privée', href: 'javascript:alert(1)' },
      { text: 'Protection des données' },
      'Données personnelles',
    ]);
    expect(links.map((l) => l.url)).toEqual([
      'https://www.ville-exemple.fr/donnees-personnelles',
      'https://www.ville-exemple.fr/mentions-legales',
      'https://www.ville-exemple.fr/confidentialite',
    ]);
  });
});

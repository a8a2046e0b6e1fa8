import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { createTranslator } from '../../lib/i18n/translate';
import { findingSchema, reportSchema, type Finding, type Report } from '../../lib/report/schema';
import { RESEARCH_DATE, contactsForHost, formatLongDate, provenanceOf, rightsForFindings } from '../../lib/rights';
import { buildMediatorSummary, summaryAsText, type MediatorSummary } from '../../lib/ui/mediator-summary';

const t = createTranslator(fr);
const tEn = createTranslator(en);

function finding(over: Partial<Finding> & { ruleId: string }): Finding {
  return findingSchema.parse({
    id: over.ruleId,
    kind: 'ai-chat',
    level: 'detected',
    score: 0.9,
    evidence: [{ signal: 'text', matched: 'x', where: 'main > p' }],
    ...over,
  });
}

function report(url: string, findings: Finding[], over: Partial<Report> = {}): Report {
  return reportSchema.parse({
    schemaVersion: 2,
    url,
    scannedAt: '2026-12-01T10:00:00.000Z',
    publicService: { isPublicService: true, reason: 'national-service-domain', matched: 'gouv.fr' },
    findings,
    ...over,
  });
}

const el = (present: boolean) => ({ present });
/** As decision-crpa.html: a notification with the purpose and the right to the rules, not how nor the CADA. */
const crpaDecision = finding({
  ruleId: 'crpa-algorithmic-decision-mention',
  kind: 'decision-notice',
  notice: {
    context: 'decision',
    cues: ['Dossier n° 2026-004512'],
    elements: { purpose: el(true), rightToRules: el(true), howToExercise: el(false), cada: el(false) },
  },
});
const cafChat = finding({ ruleId: 'dydu', vendor: 'Dydu', chatKind: 'ai_bot' });
const aiLabel = finding({ ruleId: 'ai-generated-label', kind: 'ai-content' });
const aiJsonLd = finding({ ruleId: 'json-ld-digital-source-type', kind: 'ai-content', evidence: [{ signal: 'json-ld', matched: 'trainedAlgorithmicMedia', where: 'script' }] });

const lines = (items: { lines: string[] }[]) => items.flatMap((i) => i.lines);
const allText = (s: MediatorSummary) => summaryAsText(s, t);

describe('buildMediatorSummary', () => {
  describe('(i) a decision with 2 of the 4 required elements missing', () => {
    const s = buildMediatorSummary(report('https://demarches.exemple.gouv.fr/decision-crpa.html', [crpaDecision]), t);

    it('says on the page: a decision about the person, the level in words, how many elements are missing and which', () => {
      expect(s.empty).toBe(false);
      expect(s.onPage).toEqual([
        {
          lines: [
            'Une décision qui vous concerne dit qu’un calcul automatique (un algorithme) a été utilisé.',
            'Il manque 2 informations obligatoires sur 4.',
            'Il manque\u00a0: comment demander les règles, comment saisir la CADA.',
            'Vigie l’a repéré.',
          ],
        },
      ]);
    });

    it('explains each right once, with its title and first sentence, from lib/rights', () => {
      const rights = rightsForFindings([crpaDecision]);
      expect(rights.length).toBeGreaterThan(2);
      expect(s.meaning).toEqual(rights.map((r) => ({ lines: [r.title.fr, r.explanation.fr[0]] })));
    });

    it('gives the concrete next steps: ask for the rules, the letter, the date, a copy of the decision', () => {
      expect(s.nextSteps).toEqual([
        'Demandez les règles du calcul.',
        'Vigie peut préparer la lettre.',
        'Notez la date où vous avez reçu la décision.',
        'Gardez une copie de la décision.',
      ]);
    });

    it('lists the national bodies with verified ways in only, and no sector for an unknown host', () => {
      expect(s.contacts.map((g) => g.id)).toEqual(['national']);
      const national = contactsForHost(s.host).national;
      expect(s.contacts[0]!.contacts.map((c) => c.name)).toEqual(national.map((c) => c.name.fr));
      const ddd = s.contacts[0]!.contacts.find((c) => c.id === 'defenseur-des-droits')!;
      expect(ddd.phone).toBe(national.find((c) => c.id === 'defenseur-des-droits')!.phone);
      // A verified e-mail is a way in too: the summary gives it, as the popup does.
      expect(s.contacts[0]!.contacts.find((c) => c.id === 'cada')!.email).toBe(national.find((c) => c.id === 'cada')!.email);
    });

    it('has the trust footer: not legal advice, the check date, and each source of the rights shown', () => {
      expect(s.footer.disclaimer).toBe('Information, pas un conseil juridique.');
      expect(s.footer.checked).toBe(`Vérifié le ${formatLongDate(RESEARCH_DATE, 'fr')}.`);
      const urls = s.sources.map((x) => x.url);
      for (const r of rightsForFindings([crpaDecision])) {
        for (const source of provenanceOf({ type: 'right', id: r.id })!.sources) expect(urls).toContain(source);
      }
      expect(new Set(urls).size).toBe(urls.length);
      expect(s.sources[0]!.label).toMatch(/L\.\s?311-3-1/);
    });
  });

  describe('(ii) a chat on www.caf.fr', () => {
    const r = report('https://www.caf.fr/allocataires/aide-logement?dossier=123', [cafChat], {
      pageContacts: { dpo: { email: 'dpo-exemple@caf-exemple.fr', quote: 'délégué à la protection des données : dpo-exemple@caf-exemple.fr' }, privacyLinks: [] },
    });
    const s = buildMediatorSummary(r, t);

    it('names the chat, who answers and the level', () => {
      expect(s.onPage).toEqual([
        {
          lines: [
            'Il y a une fenêtre de discussion (un «\u00a0chat\u00a0»)\u00a0: Dydu.',
            'Ce sont des réponses automatiques (une IA, un robot).',
            'Vigie l’a repéré.',
          ],
        },
      ]);
      expect(s.nextSteps).toContain('Demandez à parler à une personne.');
      expect(s.nextSteps).not.toContain('Demandez les règles du calcul.');
      expect(s.nextSteps.at(-1)).toBe('Gardez une copie des décisions que vous recevez.');
    });

    it('puts the CAF route first, built from contactsForHost, then the page’s DPO, then the national bodies', () => {
      const fromData = contactsForHost(r.url);
      expect(fromData.sector?.id).toBe('caf');
      expect(s.contacts.map((g) => g.id)).toEqual(['sector', 'page-dpo', 'national']);
      const [sector, dpo] = s.contacts;
      expect(sector!.title).toBe(`Pour ce site\u00a0: ${fromData.sector!.name.fr}`);
      expect(sector!.contacts.map((c) => c.name)).toEqual(fromData.sectorContacts.map((c) => c.name.fr));
      expect(sector!.contacts[0]!.web).toBe(fromData.sectorContacts[0]!.web);
      expect(sector!.contacts[0]!.webHint).toBe(fromData.sectorContacts[0]!.webHint?.fr);
      // The sector's appeal route is for decisions: not on a page with only a chat.
      expect(sector!.steps).toEqual([]);
      expect(dpo!.contacts[0]!.email).toBe('dpo-exemple@caf-exemple.fr');
    });

    it('shows the host, never the address with its query (it can hold a file number)', () => {
      expect(s.host).toBe('www.caf.fr');
      expect(allText(s)).not.toContain('dossier=123');
    });

    it('adds the CAF appeal steps when the page holds a decision', () => {
      const withDecision = buildMediatorSummary(report(r.url, [crpaDecision]), t);
      expect(withDecision.contacts[0]!.steps).toEqual([...(contactsForHost(r.url).sector!.steps!.fr)]);
    });
  });

  describe('(iii) an article labelled as AI-generated', () => {
    const s = buildMediatorSummary(report('https://www.mairie-exemple.gouv.fr/article', [aiLabel, aiJsonLd]), t);

    it('says it once per finding, and the right to be told a text is AI-generated', () => {
      expect(lines(s.onPage).filter((l) => l.startsWith('La page dit qu’une partie'))).toHaveLength(2);
      expect(s.meaning.map((m) => m.lines[0])).toEqual(['Savoir qu’un texte d’information a été produit par une IA']);
      expect(s.nextSteps).toEqual(['Pour une information importante, vérifiez auprès de l’administration.', 'Gardez une copie des décisions que vous recevez.']);
    });

    it('says a doubt as a doubt', () => {
      const doubt = buildMediatorSummary(report('https://x.gouv.fr/', [{ ...aiLabel, level: 'possible' }]), t);
      expect(doubt.onPage[0]!.lines.at(-1)).toBe('Vigie a un doute.');
    });
  });

  describe('(iv) nothing found', () => {
    const s = buildMediatorSummary(report('https://www.service-public.fr/', []), t);

    it('is honest about what finding nothing means, and has nothing in particular to do', () => {
      expect(s.empty).toBe(true);
      expect(lines(s.onPage)).toEqual(['Vigie n’a rien trouvé sur cette page.', 'Cela ne prouve pas qu’il n’y a pas d’IA.']);
      expect(lines(s.meaning)).toEqual(['Rien de ce que Vigie a vu ne change vos droits.']);
      expect(s.nextSteps[0]).toBe('Rien de particulier à faire.');
      expect(s.sources.length).toBeGreaterThan(0);
    });

    it('says when the scan was cut short', () => {
      const cut = buildMediatorSummary(report('https://www.service-public.fr/', [], { scan: { trigger: 'static', frames: 1, durationMs: 900, truncated: true } }), t);
      expect(lines(cut.onPage)).toContain('Vigie n’a pas pu lire toute la page.');
    });
  });

  it('reads an information page as information: not a decision, no letter', () => {
    const info = finding({ ruleId: 'crpa-algorithmic-decision-mention', kind: 'decision-notice', notice: { context: 'about', cues: [] } });
    const s = buildMediatorSummary(report('https://www.service-public.fr/fiche', [info]), t);
    expect(s.onPage[0]!.lines.slice(0, 2)).toEqual([
      'La page explique qu’un calcul automatique (un algorithme) peut être utilisé.',
      'Ce n’est pas une décision sur vous.',
    ]);
    expect(s.nextSteps).not.toContain('Vigie peut préparer la lettre.');
    expect(s.nextSteps).toContain('Vous pouvez demander les règles du calcul à l’administration.');
  });

  it('speaks English with English rights texts', () => {
    const s = buildMediatorSummary(report('https://www.caf.fr/', [cafChat, crpaDecision]), tEn);
    expect(s.lang).toBe('en');
    expect(s.onPage[0]!.lines[0]).toBe('There is a chat window: Dydu.');
    expect(s.meaning[0]!.lines[0]).toBe(rightsForFindings([cafChat, crpaDecision])[0]!.title.en);
    expect(s.contacts[0]!.title).toBe('For this site: CAF (family benefits office)');
    expect(s.footer.disclaimer).toBe('Information, not legal advice.');
  });
});

describe('summaryAsText', () => {
  const s = buildMediatorSummary(
    report('https://www.caf.fr/x', [cafChat, crpaDecision], { pageContacts: { dpo: { email: 'dpo@caf-exemple.fr', quote: 'dpo' }, privacyLinks: [] } }),
    t,
  );
  const text = summaryAsText(s, t);
  const textLines = text.split('\n');

  it('has the title, the four headings in order, and the footer', () => {
    expect(textLines[0]).toBe('Résumé Vigie pour la page de\u00a0: www.caf.fr');
    const headings = ['SUR CETTE PAGE', 'CE QUE CELA VEUT DIRE', 'QUE FAIRE MAINTENANT', 'QUI CONTACTER'].map((h) => textLines.indexOf(h));
    expect(headings.every((i) => i > 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    expect(textLines.at(-3)).toBe('Information, pas un conseil juridique.');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('has one idea per line: every line holds at most one sentence', () => {
    for (const line of textLines) {
      // A sentence ends with . ! or ?; "n°", "art." and addresses aside, a line has at most one end.
      const ends = line.replace(/\b(?:art|n°|CEDEX|etc)\./gi, '').match(/[.!?](?=\s+\p{Lu})/gu) ?? [];
      expect(ends, line).toEqual([]);
    }
  });

  it('holds every line of every section', () => {
    for (const line of [...lines(s.onPage), ...lines(s.meaning), ...s.nextSteps]) expect(text).toContain(line);
    for (const c of s.contacts.flatMap((g) => g.contacts)) expect(text).toContain(c.name);
    expect(text).toContain('Téléphone\u00a0: 09 69 39 00 00');
    expect(text).toContain('Courriel\u00a0: dpo@caf-exemple.fr');
    expect(text).toContain('Site\u00a0: https://www.caf.fr/');
  });
});

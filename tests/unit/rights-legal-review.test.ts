import { describe, expect, it } from 'vitest';
import { BASIS_IDS, CONTACTS, LETTER_IDS, RIGHTS, buildLetter, computeDeadlines, getLegalBasis, letterInfo } from '../../lib/rights';
import { getContact, SECTORS } from '../../lib/rights/contacts';
import { getRight } from '../../lib/rights/rights';
import { caveatText } from '../../lib/rights/deadlines';
import type { DeadlineEvent } from '../../lib/rights/schema';

const EVENTS: readonly DeadlineEvent[] = ['rules-request-sent', 'cada-referral-registered', 'decision-received', 'administrative-appeal-sent', 'gdpr-request-sent'];
const FIELDS = { fullName: 'Camille Martin', address: '1 rue de la Paix, 75001 Paris', today: '2026-12-07' };
const silenceLetters = () => LETTER_IDS.filter((id) => letterInfo(id).basis.includes('crpa-r311-12'));

// The points of the legal review of 7 December 2026 (docs/rights.md, « Révision juridique »), each
// pinned to what the person reads, in French and English.

const text = (id: Parameters<typeof getRight>[0], lang: 'fr' | 'en') => {
  const r = getRight(id);
  return [r.title[lang], ...r.explanation[lang], r.caveat?.[lang] ?? ''].join(' ');
};

describe('legal review: the corrected and checked facts', () => {
  it('R1: the letters cite CRPA R.* 311-12 and R. 311-13 for the one-month silence, not décret 2017-330', () => {
    expect(silenceLetters().length).toBeGreaterThanOrEqual(2);
    for (const letterId of silenceLetters()) {
      const fr = buildLetter({ letterId, lang: 'fr', fields: FIELDS }).body;
      expect(fr, letterId).toContain('articles R.* 311-12 et R. 311-13 du code des relations entre le public et l’administration');
      expect(fr, letterId).not.toContain('2017-330');
      expect(buildLetter({ letterId, lang: 'en', fields: FIELDS }).body, letterId).toContain('articles R.* 311-12 and R. 311-13');
    }
    expect(getRight('algorithm-rules-on-request').legalBasis).toEqual(expect.arrayContaining(['crpa-r311-12', 'crpa-r311-13']));
    expect(getRight('cada-referral').legalBasis).not.toContain('decret-2017-330');
  });

  it('R2: the Défenseur des droits interrupts the court deadline under compulsory prior mediation, and not in general', () => {
    const ddd = getContact('defenseur-des-droits');
    expect(ddd.whenToUse.fr).toMatch(/En général, la saisir n’arrête pas/u);
    expect(ddd.whenToUse.fr).toMatch(/médiation préalable obligatoire.*interrompt/u);
    expect(ddd.whenToUse.en).toMatch(/compulsory prior mediation.*interrupts/u);
    expect(ddd.basis).toEqual(['cja-l213-13', 'cja-l213-14']);
  });

  it('R3/R5: the threshold is 50 full-time equivalents, below which bodies are exempt; 3,500 inhabitants is Etalab’s reading', () => {
    const fr = text('published-algorithm-rules', 'fr');
    expect(fr).toContain('moins de 50 agents, comptés en équivalents temps plein');
    expect(fr).not.toContain('plus de 50 agents à temps plein');
    expect(fr).toMatch(/Selon Etalab.*3 500.*la loi ne le dit que pour une autre obligation/u);
    expect(text('published-algorithm-rules', 'en')).toContain('full-time equivalents');
    expect(getRight('published-algorithm-rules').legalBasis).toContain('crpa-d312-1-4');
  });

  it('R4: Parcoursup keeps the one-month request but no longer cites D. 612-1-14, and says its article is unchecked', () => {
    expect(BASIS_IDS).not.toContain('code-education-d612-1-14' as never);
    expect(text('parcoursup-criteria-and-reasons', 'fr')).toMatch(/dans le mois.*n’a pas pu vérifier le numéro actuel/su);
  });

  it('R6: the CNIL is the authority for personal data; the AI authority is said not to be final, with its date', () => {
    const cnil = getContact('cnil');
    expect(cnil.whenToUse.fr).not.toContain('données personnelles ou d’IA, c’est la CNIL');
    expect(cnil.whenToUse.fr).toMatch(/pas encore fixée par une loi définitive.*\(février 2026\)/u);
    expect(cnil.whenToUse.en).toMatch(/not yet set by a final law.*\(February 2026\)/u);
  });

  it('R7: the court deadline after an implicit rejection runs from it, and only with a proper acknowledgement of receipt', () => {
    const fr = text('contest-decision-deadlines', 'fr');
    expect(fr).toContain('à partir du jour de ce refus');
    expect(fr).toContain('accusé de réception');
    expect(getRight('contest-decision-deadlines').legalBasis).toEqual(expect.arrayContaining(['cja-r421-2', 'crpa-l112-3', 'crpa-l112-6']));
  });

  it('R8: two months of silence after the CADA registers the request confirm the refusal; do not wait for a late opinion', () => {
    const fr = text('cada-referral', 'fr');
    expect(fr).toContain('2 mois après l’enregistrement de votre demande par la CADA');
    expect(fr).toContain('N’attendez donc pas l’avis');
    expect(fr).toContain('52 jours en moyenne');
    expect(getRight('cada-referral').legalBasis).toContain('crpa-r343-5');
    expect(getRight('cada-referral').deadlines).toContain('cada-referral-registered');
  });

  it('R9: the mention is required since 1 September 2017; 1 July 2020 is when a fully automated decision without it is void', () => {
    const fr = text('fully-automated-decision-safeguards', 'fr');
    expect(fr).toContain('Depuis le 1er septembre 2017');
    expect(fr).toMatch(/Depuis le 1er juillet 2020, une décision entièrement automatisée sans cette mention est nulle/u);
    expect(fr).not.toContain('Depuis le 1er juillet 2020, une telle décision doit contenir la mention');
    expect(text('fully-automated-decision-safeguards', 'en')).toContain('Since 1 September 2017');
  });

  it('R10: the MSA mediator suspends (not postpones) the deadlines; dates carry the délais francs caveat', () => {
    const msa = getContact('msa-mediateur');
    expect(msa.whenToUse.fr).toContain('suspend les délais');
    expect(msa.whenToUse.fr).not.toContain('reporte');
    expect(msa.whenToUse.en).not.toContain('postpone');
    expect(msa.basis).toEqual(['code-rural-l723-34-1']);
    const steps = SECTORS.find((s) => s.id === 'msa')!.steps!;
    expect(steps.fr.join(' ')).toContain('suspend');
    expect(caveatText('indicative-date', 'fr')).toContain('délais francs');
    expect(getContact('mediateur-education').web).toMatch(/^https:\/\/www\.education\.gouv\.fr\//u);
  });

  it('R11: the articles the review identified link to their own Légifrance page', () => {
    for (const id of ['crpa-r311-12', 'crpa-r311-13', 'crpa-r343-1', 'crpa-r343-5', 'crpa-l342-1', 'crpa-l411-2', 'crpa-l231-4', 'crpa-l112-3', 'crpa-l112-6', 'crpa-d312-1-4', 'cja-r421-1', 'cja-r421-2', 'cja-r421-5'] as const) {
      const basis = getLegalBasis(id);
      expect(basis.urlTarget, id).toBe('article');
      expect(basis.url, id).toMatch(/^https:\/\/www\.legifrance\.gouv\.fr\/codes\/article_lc\/LEGIARTI\d{12}$/u);
    }
    for (const id of ['cja-l213-13', 'cja-l213-14'] as const) expect(getLegalBasis(id).urlTarget).toBe('section');
    // Only the Education code still opens the whole code: no current article id was found for it.
    const legifrance = BASIS_IDS.filter((id) => new URL(getLegalBasis(id).url).hostname === 'www.legifrance.gouv.fr');
    expect(legifrance.filter((id) => getLegalBasis(id).urlTarget === 'text')).toEqual(['code-education-l612-3']);
  });
});

describe('every legal basis cited is in legal-bases.ts', () => {
  it('rights, letters and deadlines cite only known bases, and every known basis is cited', () => {
    const cited = new Set([
      ...RIGHTS.flatMap((r) => r.legalBasis),
      ...LETTER_IDS.flatMap((id) => letterInfo(id).basis),
      ...CONTACTS.flatMap((c) => c.basis),
      ...EVENTS.flatMap((event) => computeDeadlines({ event, date: '2027-01-10' }).milestones.flatMap((m) => m.basis)),
    ]);
    for (const id of cited) expect(BASIS_IDS as readonly string[], id).toContain(id);
    for (const id of BASIS_IDS) expect(cited.has(id), `${id} is in legal-bases.ts but nothing cites it`).toBe(true);
  });
});

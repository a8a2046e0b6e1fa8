import { REVIEW_TEXT } from './helpers/legal-review';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTACTS,
  CONTACT_OMISSIONS,
  EXCLUDED_RECOURSE_ENTRIES,
  NATIONAL_CONTACT_IDS,
  RIGHTS,
  SECTORS,
  contactSchema,
  contactsForHost,
  getContact,
  sectorForHost,
  sectorSchema,
  type Contact,
  type ContactId,
} from '../../lib/rights';

const LEGAL_DIR = process.env.VIGIE_LEGAL_DIR ?? '/work/shared/legal';
const RECOURSE = `${LEGAL_DIR}/recourse.json`;
const LEGAL_FACTS = `${LEGAL_DIR}/legal-facts.md`;
const hasShared = existsSync(RECOURSE) && existsSync(LEGAL_FACTS);

interface RecourseEntry {
  id: string;
  name: string;
  phone: string | null;
  web: string | null;
  postal: string | null;
  email?: string | null;
  scope: string;
  verified: boolean;
  unverified_fields?: string[];
  source: string[];
}
const recourse: RecourseEntry[] = hasShared ? JSON.parse(readFileSync(RECOURSE, 'utf8')) : [];
const legalFacts = hasShared ? readFileSync(LEGAL_FACTS, 'utf8') : '';

const schemeless = (url: string) => url.replace(/^https?:\/\//iu, '').replace(/^([^/]+)\.\//u, '$1/').replace(/\/$/u, '').toLowerCase();

/** The fields the popup shows: everything but ids and review metadata. */
function shown(contact: Contact): string {
  const { id: _id, recourseId: _r, facts: _f, ...rest } = contact;
  return JSON.stringify(rest);
}

describe('contacts', () => {
  it('parse, have unique ids, and every id a right or sector names exists', () => {
    for (const c of CONTACTS) expect(() => contactSchema.parse(c), c.id).not.toThrow();
    for (const s of SECTORS) expect(() => sectorSchema.parse(s), s.id).not.toThrow();
    const ids = new Set(CONTACTS.map((c) => c.id));
    expect(ids.size).toBe(CONTACTS.length);
    for (const s of SECTORS) for (const id of s.contacts) expect(ids.has(id), `${s.id} → ${id}`).toBe(true);
    for (const id of NATIONAL_CONTACT_IDS) expect(ids.has(id)).toBe(true);
  });

  it('carry no review metadata: what was left out stays out of the popup', () => {
    for (const c of CONTACTS) expect(Object.keys(c)).not.toContain('omitted');
  });

  it('national bodies include the Défenseur des droits and its delegates, the CADA, the CNIL, France Services and Télérecours', () => {
    const national = contactsForHost('https://example.org/').national;
    expect(national.map((c) => c.id)).toEqual([...NATIONAL_CONTACT_IDS]);
    expect(national.some((c) => c.web === 'https://citoyens.telerecours.fr')).toBe(true);
  });
});

describe('sector from the host', () => {
  it.each([
    ['caf.fr', 'caf'],
    ['www.caf.fr', 'caf'],
    ['wwwd.caf.fr', 'caf'],
    ['https://wwwd.caf.fr/wps/portal/caffr/', 'caf'],
    ['http://www.caf.fr:8080/x', 'caf'],
    ['CAF.FR.', 'caf'],
    ['www.ameli.fr', 'assurance-maladie'],
    ['assure.ameli.fr', 'assurance-maladie'],
    ['www.francetravail.fr', 'france-travail'],
    ['candidat.francetravail.fr', 'france-travail'],
    ['candidat.pole-emploi.fr', 'france-travail'],
    ['impots.gouv.fr', 'dgfip'],
    ['www.impots.gouv.fr', 'dgfip'],
    ['cfspart.impots.gouv.fr', 'dgfip'],
    ['www.msa.fr', 'msa'],
    ['www.lassuranceretraite.fr', 'assurance-retraite'],
    ['www.urssaf.fr', 'urssaf'],
    ['parcoursup.fr', 'parcoursup'],
    ['www.parcoursup.gouv.fr', 'parcoursup'],
    ['dossier.parcoursup.fr', 'parcoursup'],
    ['www.education.gouv.fr', 'education'],
  ])('%s → %s', (host, sector) => {
    expect(sectorForHost(host)?.id).toBe(sector);
  });

  it.each([
    'notcaf.fr',
    'caf.fr.example.org',
    'mycaf.fr',
    'gouv.fr',
    'www.gouv.fr',
    'service-public.fr',
    'www.legifrance.gouv.fr',
    'example.org',
    '',
    '   ',
    'javascript:alert(1)',
    'file:///etc/caf.fr',
    'ftp://caf.fr/',
  ])('%j has no sector', (host) => {
    expect(sectorForHost(host)).toBeUndefined();
  });

  it('an unknown site gets the national bodies only', () => {
    const page = contactsForHost('https://www.mairie-exemple.fr/');
    expect(page.sector).toBeUndefined();
    expect(page.sectorContacts).toEqual([]);
    expect(page.national.length).toBe(NATIONAL_CONTACT_IDS.length);
  });

  it('a sector with no verified route shows no invented contact', () => {
    for (const host of ['www.lassuranceretraite.fr', 'www.urssaf.fr']) {
      const page = contactsForHost(host);
      expect(page.sector).toBeDefined();
      expect(page.sectorContacts).toEqual([]);
      expect(page.sector?.steps).toBeUndefined();
    }
  });

  it('a sector with contacts gives them in order, with its route', () => {
    const page = contactsForHost('https://www.impots.gouv.fr/accueil');
    expect(page.sectorContacts.map((c) => c.id)).toEqual(['conciliateur-fiscal', 'mediateur-bercy']);
    expect(page.sector?.steps?.fr.length).toBeGreaterThan(0);
    expect(page.sector?.steps?.fr.length).toBe(page.sector?.steps?.en.length);
  });

  it('no domain belongs to two sectors', () => {
    const domains = SECTORS.flatMap((s) => s.domains);
    expect(new Set(domains).size).toBe(domains.length);
  });
});

describe.skipIf(!hasShared)('contacts against recourse.json', () => {
  const byRecourseId = new Map(CONTACTS.map((c) => [c.recourseId, c]));

  it('every recourse.json entry is a contact or explicitly left out, not both', () => {
    const excluded = new Set<string>(EXCLUDED_RECOURSE_ENTRIES.map((e) => e.recourseId));
    for (const entry of recourse) {
      expect(byRecourseId.has(entry.id) !== excluded.has(entry.id), `${entry.id}: contact xor excluded`).toBe(true);
    }
    for (const c of CONTACTS) expect(recourse.some((e) => e.id === c.recourseId), `${c.id}: no ${c.recourseId} in recourse.json`).toBe(true);
  });

  it('every unverified field of recourse.json is accounted for, verbatim', () => {
    for (const entry of recourse) {
      const contact = byRecourseId.get(entry.id);
      if (!contact) continue;
      const notes = CONTACT_OMISSIONS[contact.id as ContactId].map((o) => o.note);
      expect([...notes].sort(), entry.id).toEqual([...(entry.unverified_fields ?? [])].sort());
    }
  });

  it('a dropped field had a value in recourse.json, and that value is nowhere in the contact', () => {
    for (const contact of CONTACTS) {
      const entry = recourse.find((e) => e.id === contact.recourseId)!;
      for (const omission of CONTACT_OMISSIONS[contact.id as ContactId]) {
        if (!omission.dropped) continue;
        const value = entry[omission.dropped];
        expect(value, `${contact.id}: nothing to drop in ${omission.dropped}`).toBeTruthy();
        // Replaced, if at all, by another verified value (checked below); never the dropped one,
        // nor its URL part for a web field, anywhere in the shown fields.
        expect(contact[omission.dropped], `${contact.id}: ${omission.dropped} still shows the dropped value`).not.toBe(value);
        const core = omission.dropped === 'web' ? (String(value).match(/https?:\/\/\S+/u)?.[0] ?? String(value)) : String(value);
        expect(shown(contact).includes(core), `${contact.id}: shows dropped ${omission.dropped}`).toBe(false);
      }
    }
  });

  it('no phone number, link or address quoted in an unverified note is shown', () => {
    const all = CONTACTS.map(shown).join('\n');
    for (const entry of recourse) {
      for (const note of entry.unverified_fields ?? []) {
        for (const m of note.matchAll(/\b0\d(?: \d\d){4}\b|(?<![\d/])\b3\d{3}\b(?!\/)|https?:\/\/\S+/gu)) {
          expect(all.includes(m[0]), `${entry.id}: shows "${m[0]}"`).toBe(false);
        }
      }
    }
  });

  it('every shown field matches recourse.json (nothing invented)', () => {
    for (const contact of CONTACTS) {
      const entry = recourse.find((e) => e.id === contact.recourseId)!;
      expect(contact.scope, contact.id).toBe(entry.scope);
      if (contact.phone) expect(contact.phone, contact.id).toBe(entry.phone);
      if (contact.email) expect(contact.email, contact.id).toBe(entry.email);
      if (contact.postal) expect(entry.postal ?? '', contact.id).toContain(contact.postal);
      if (contact.web) {
        const known = [entry.web ?? '', ...entry.source].map(schemeless);
        expect(
          known.some((k) => k.startsWith(schemeless(contact.web!))) || REVIEW_TEXT.includes(contact.web),
          `${contact.id}: web ${contact.web} is neither recourse.json's web nor one of its sources`,
        ).toBe(true);
      }
      if (!entry.phone) expect(contact.phone, contact.id).toBeUndefined();
      if (!entry.postal) expect(contact.postal, contact.id).toBeUndefined();
    }
  });

  it('every source of a contact is one of its recourse.json sources or in legal-facts.md', () => {
    for (const contact of CONTACTS) {
      const entry = recourse.find((e) => e.id === contact.recourseId)!;
      const known = entry.source.map(schemeless);
      for (const source of contact.sources) {
        const s = schemeless(source);
        const gh = /^github\.com\/([\w.-]+\/[\w.-]+)/u.exec(s)?.[1];
        const ok =
          known.some((k) => k.startsWith(s)) ||
          legalFacts.toLowerCase().includes(s) ||
          REVIEW_TEXT.includes(source) ||
          (gh !== undefined && entry.source.join(' ').toLowerCase().includes(gh));
        expect(ok, `${contact.id}: source ${source}`).toBe(true);
      }
    }
  });

  it('the rights only point to contacts taken from recourse.json', () => {
    for (const right of RIGHTS) {
      for (const id of right.contacts) expect(recourse.some((e) => e.id === getContact(id as ContactId).recourseId)).toBe(true);
    }
  });
});

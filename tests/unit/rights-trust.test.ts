import { describe, expect, it } from 'vitest';
import {
  CONTACTS,
  LETTER_IDS,
  RIGHTS,
  SECTORS,
  buildErrorReport,
  errorReportMailto,
  pageWithoutQuery,
  provenanceOf,
  type ReportedItem,
} from '../../lib/rights';

const items: ReportedItem[] = [
  ...RIGHTS.map((r) => ({ type: 'right' as const, id: r.id })),
  ...CONTACTS.map((c) => ({ type: 'contact' as const, id: c.id })),
  ...SECTORS.map((s) => ({ type: 'sector' as const, id: s.id })),
  ...LETTER_IDS.map((id) => ({ type: 'letter' as const, id })),
];

describe('provenance', () => {
  it.each(items.map((i) => [`${i.type} ${i.id}`, i] as const))('%s has a check date, and sources unless it is a sector without a route', (_label, item) => {
    const p = provenanceOf(item)!;
    expect(p).toBeDefined();
    expect(p.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    for (const tag of p.tags) expect(['P', 'S']).toContain(tag);
    for (const s of p.sources) expect(s).toMatch(/^https:\/\//u);
    const sectorWithoutRoute = item.type === 'sector' && SECTORS.find((s) => s.id === item.id)!.contacts.length === 0;
    if (!sectorWithoutRoute) expect(p.sources.length).toBeGreaterThan(0);
    if (item.type === 'right' || item.type === 'letter') expect(p.legalBasis.length).toBeGreaterThan(0);
  });

  it('a right’s sources are exactly its facts’ sources, each once', () => {
    for (const right of RIGHTS) {
      const p = provenanceOf({ type: 'right', id: right.id })!;
      expect(new Set(p.sources).size).toBe(p.sources.length);
      expect(new Set(p.sources)).toEqual(new Set(p.facts.flatMap((f) => f.sources)));
      expect(p.facts.map((f) => f.id)).toEqual([...right.facts]);
    }
  });

  it('is undefined for an unknown id', () => {
    expect(provenanceOf({ type: 'right', id: 'no-such-right' })).toBeUndefined();
    expect(provenanceOf({ type: 'contact', id: 'no-such-contact' })).toBeUndefined();
  });
});

describe('error report', () => {
  it.each(items.map((i) => [`${i.type} ${i.id}`, i] as const))('%s: names the item, its check date and every source', (_label, item) => {
    for (const lang of ['fr', 'en'] as const) {
      const { subject, body } = buildErrorReport({ lang, item, pageUrl: 'https://www.caf.fr/allocataires', message: 'Le lien est mort.' });
      const p = provenanceOf(item)!;
      expect(subject).toContain(item.id);
      expect(body).toContain(item.id);
      expect(body).toContain(p.title[lang]);
      expect(body).toContain(p.checkedOn);
      for (const s of p.sources) expect(body).toContain(s);
      for (const b of p.legalBasis) expect(body).toContain(b.url);
      expect(body).toContain('https://www.caf.fr/allocataires');
      expect(body).toContain('Le lien est mort.');
    }
  });

  it('keeps only the origin and path of the page: a query or fragment can hold a file number', () => {
    const { body } = buildErrorReport({
      lang: 'fr',
      item: { type: 'right', id: 'cada-referral' },
      pageUrl: 'https://wwwd.caf.fr/mon-compte/dossier?numero=1234567&token=abc#section',
    });
    expect(body).toContain('https://wwwd.caf.fr/mon-compte/dossier');
    expect(body).not.toMatch(/1234567|token|#section/u);
    expect(pageWithoutQuery('javascript:alert(1)')).toBeUndefined();
    expect(pageWithoutQuery('not a url')).toBeUndefined();
  });

  it('shows a prompt when the message is empty, and says when the page is unknown', () => {
    const fr = buildErrorReport({ lang: 'fr', item: { type: 'contact', id: 'cnil' } }).body;
    expect(fr).toMatch(/\[décrivez l’erreur/u);
    expect(fr).toMatch(/Page : \(non indiquée\)/u);
    const en = buildErrorReport({ lang: 'en', item: { type: 'contact', id: 'cnil' }, pageUrl: '' }).body;
    expect(en).toMatch(/Page: \(not given\)/u);
  });

  it('names an unknown item as such instead of failing', () => {
    expect(buildErrorReport({ lang: 'en', item: { type: 'right', id: 'gone-right' }, message: 'x' }).body).toContain('(unknown item)');
  });

  it('removes control and bidi-override characters from the message, keeps its lines', () => {
    const { body } = buildErrorReport({ lang: 'fr', item: { type: 'contact', id: 'cada' }, message: 'ligne 1\r\nligne\u202e 2\u0000' });
    expect(body).toContain('ligne 1\nligne  2');
    expect(body).not.toMatch(/[\u0000\u202e\r]/u);
  });

  it('rejects an over-long message', () => {
    expect(() => buildErrorReport({ lang: 'fr', item: { type: 'contact', id: 'cada' }, message: 'x'.repeat(2001) })).toThrow();
  });

  it('builds a mailto link that round-trips the report, and refuses a bad address', () => {
    const report = buildErrorReport({ lang: 'fr', item: { type: 'right', id: 'told-talking-to-ai' }, message: 'Accents é & ? = #' });
    const link = errorReportMailto(report, 'contact@vigie.example');
    expect(link.startsWith('mailto:contact@vigie.example?subject=')).toBe(true);
    const params = new URLSearchParams(link.slice(link.indexOf('?') + 1));
    expect(params.get('subject')).toBe(report.subject);
    expect(params.get('body')).toBe(report.body);
    expect(() => errorReportMailto(report, 'not an address')).toThrow();
    expect(() => errorReportMailto(report, 'a@b.fr?cc=x@y.fr')).toThrow();
  });
});

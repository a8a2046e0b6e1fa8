import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { badgeFor, type GetMessage } from '../../lib/background/badge';
import { createTranslator } from '../../lib/i18n/translate';
import { findingSchema, type Finding, type FindingKind, type Report } from '../../lib/report/schema';

const fr = JSON.parse(readFileSync(new URL('../../public/_locales/fr/messages.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const BADGE_KEYS = [
  'badge_title_none',
  'badge_title_one',
  'badge_title_many',
  'badge_kind_ai_chat',
  'badge_kind_decision_notice',
  'badge_kind_ai_content',
  'badge_kind_missing_disclosure',
];
const frHasBadgeKeys = BADGE_KEYS.every((k) => k in fr);

const BLUE = '#000091';
const GREY = '#6a6a6a';
const noMessages: GetMessage = () => '';

function finding(over: Partial<Finding> = {}): Finding {
  return findingSchema.parse({
    id: over.ruleId ?? 'ai-chat-dydu',
    kind: 'ai-chat',
    ruleId: 'ai-chat-dydu',
    level: 'detected',
    score: 0.9,
    evidence: [{ signal: 'script-src', matched: 'https://x.dydu-priv.com/bot.js', where: 'head > script' }],
    ...over,
  });
}

function report(findings: Finding[]): Report {
  return {
    schemaVersion: 2,
    url: 'https://www.caf.fr/',
    scannedAt: '2025-03-14T10:00:00.000Z',
    publicService: { isPublicService: true, reason: 'national-service-domain', matched: 'caf.fr' },
    findings,
  };
}

function many(n: number, level: Finding['level'] = 'possible'): Finding[] {
  return Array.from({ length: n }, (_, i) => finding({ id: `rule-${i}`, ruleId: `rule-${i}`, level, vendor: undefined }));
}

describe('badgeFor, without translations (fallback text)', () => {
  it('shows no text and the extension name when the tab has no report', () => {
    expect(badgeFor(null, noMessages)).toEqual({ text: '', title: 'Vigie', color: BLUE });
  });

  it('shows no text when nothing was found', () => {
    expect(badgeFor(report([]), noMessages)).toEqual({ text: '', title: 'Vigie', color: BLUE });
  });

  it('names what was found in the tooltip, with the vendor, each item once', () => {
    const badge = badgeFor(
      report([
        finding({ vendor: 'Dydu' }),
        finding({ id: 'x@3', vendor: 'Dydu', frameId: 3 }),
        finding({ id: 'decision', ruleId: 'decision-notice-crpa', kind: 'decision-notice', level: 'possible' }),
      ]),
      noMessages,
    );
    expect(badge).toEqual({ text: '3', title: 'Vigie: 3 — ai-chat (Dydu), decision-notice', color: BLUE });
  });

  it('uses the one-item tooltip for a single finding', () => {
    expect(badgeFor(report([finding({ kind: 'ai-content', ruleId: 'ai-generated-label' })]), noMessages).title).toBe('Vigie: 1 — ai-content');
  });
});

describe('badgeFor, count and colour', () => {
  it.each([
    [1, '1'],
    [2, '2'],
    [9, '9'],
    [99, '99'],
    [100, '99+'],
    [120, '99+'],
  ])('%i findings → badge text %j', (n, text) => {
    expect(badgeFor(report(many(n)), noMessages).text).toBe(text);
  });

  it.each([
    ['all possible', ['possible', 'possible'], GREY],
    ['one detected among possible', ['possible', 'detected', 'possible'], BLUE],
    ['all detected', ['detected'], BLUE],
  ] as const)('colour when %s', (_name, levels, color) => {
    const findings = levels.map((level, i) => finding({ id: `r-${i}`, ruleId: `r-${i}`, level }));
    expect(badgeFor(report(findings), noMessages).color).toBe(color);
  });

  it.each([
    ['ai-chat', 'present', 'Dydu'],
    ['decision-notice', 'declared', undefined],
    ['ai-content', 'present', undefined],
    ['missing-disclosure', 'declared', 'X'],
  ] as const)('colour does not depend on kind, state or vendor (%s, %s, %s)', (kind: FindingKind, state, vendor) => {
    const possible = finding({ kind, state, vendor, level: 'possible' });
    const detected = finding({ kind, state, vendor, level: 'detected' });
    expect(badgeFor(report([possible]), noMessages).color).toBe(GREY);
    expect(badgeFor(report([detected]), noMessages).color).toBe(BLUE);
  });

  it('colour does not depend on the count', () => {
    expect(badgeFor(report(many(120, 'possible')), noMessages).color).toBe(GREY);
    expect(badgeFor(report([...many(119, 'possible'), finding({ level: 'detected' })]), noMessages).color).toBe(BLUE);
  });
});

describe('badgeFor, with a catalogue', () => {
  // Same rules as browser.i18n.getMessage: `$NAME$` placeholders, `$1`… substitutions.
  const catalogue = createTranslator({
    ext_name: { message: 'Vigie' },
    badge_title_none: { message: 'Vigie : rien repéré' },
    badge_title_one: { message: 'Vigie : $COUNT$ élément — $LIST$', placeholders: { count: { content: '$1' }, list: { content: '$2' } } },
    badge_title_many: { message: 'Vigie : $COUNT$ éléments — $LIST$', placeholders: { count: { content: '$1' }, list: { content: '$2' } } },
    badge_kind_ai_chat: { message: 'assistant conversationnel' },
    badge_kind_decision_notice: { message: 'décision algorithmique' },
    badge_kind_ai_content: { message: 'contenu généré par IA' },
    badge_kind_missing_disclosure: { message: 'mention absente' },
  });

  it('uses badge_title_none when nothing was found', () => {
    expect(badgeFor(report([]), catalogue).title).toBe('Vigie : rien repéré');
  });

  it('words one finding with badge_title_one', () => {
    expect(badgeFor(report([finding({ vendor: 'Dydu' })]), catalogue).title).toBe('Vigie : 1 élément — assistant conversationnel (Dydu)');
  });

  it('words several findings with badge_title_many', () => {
    const badge = badgeFor(
      report([
        finding({ vendor: 'Dydu' }),
        finding({ id: 'd', ruleId: 'decision-notice-crpa', kind: 'decision-notice' }),
        finding({ id: 'm', ruleId: 'missing', kind: 'missing-disclosure' }),
      ]),
      catalogue,
    );
    expect(badge.title).toBe('Vigie : 3 éléments — assistant conversationnel (Dydu), décision algorithmique, mention absente');
  });

  it('passes the count and the list as substitutions', () => {
    const t = vi.fn<GetMessage>((key) => (key === 'badge_kind_ai_content' ? 'contenu IA' : 'X'));
    badgeFor(report([finding({ kind: 'ai-content' }), finding({ id: 'b', ruleId: 'b', kind: 'ai-content', vendor: 'V' })]), t);
    expect(t).toHaveBeenCalledWith('badge_title_many', ['2', 'contenu IA, contenu IA (V)']);
    expect(t).not.toHaveBeenCalledWith('badge_title_one', expect.anything());
  });
});

describe('badgeFor, with the French messages', () => {
  const t = createTranslator(fr);
  const findings = [finding({ vendor: 'Dydu' }), finding({ id: 'd', ruleId: 'decision-notice-crpa', kind: 'decision-notice', level: 'possible' })];

  it('names the extension from ext_name', () => {
    expect(t('ext_name')).not.toBe('');
    expect(badgeFor(null, t).title).toBe(t('ext_name'));
  });

  it.runIf(frHasBadgeKeys)('words the tooltip in French, with the count and the vendor', () => {
    const title = badgeFor(report(findings), t).title;
    expect(title).toContain('2');
    expect(title).toContain('Dydu');
    expect(title).toContain(t('badge_kind_ai_chat'));
    expect(title).toContain(t('badge_kind_decision_notice'));
    expect(title).not.toMatch(/\bai-chat\b|\bdecision-notice\b|\$\d/);
    expect(badgeFor(report([findings[0]!]), t).title).not.toBe(title);
    expect(badgeFor(report([]), t).title).toBe(t('badge_title_none'));
  });

  it.skipIf(frHasBadgeKeys)('falls back to the built-in text while the badge messages are missing', () => {
    expect(badgeFor(report(findings), t).title).toBe(`${t('ext_name')}: 2 — ai-chat (Dydu), decision-notice`);
    expect(badgeFor(report([]), t).title).toBe(t('ext_name'));
  });
});

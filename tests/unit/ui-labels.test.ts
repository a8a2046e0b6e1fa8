import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../lib/i18n/translate';
import { findingSchema, reportSchema, type Finding, type PublicService } from '../../lib/report/schema';
import { groupFindings } from '../../lib/ui/group-findings';
import { findingTitle, pageHost, publicServiceText, ruleTitleKey } from '../../lib/ui/labels';
import { reportFileName, reportToJson } from '../../lib/ui/report-export';
import { parseTabIdParam } from '../../lib/ui/tab-param';

const fr = JSON.parse(readFileSync(new URL('../../public/_locales/fr/messages.json', import.meta.url), 'utf8'));
const t = createTranslator(fr);

function finding(over: Partial<Finding> = {}): Finding {
  return findingSchema.parse({
    id: over.ruleId ?? 'ai-chat-zendesk',
    kind: 'ai-chat',
    ruleId: 'ai-chat-zendesk',
    level: 'detected',
    score: 0.9,
    evidence: [{ signal: 'script-src', matched: 'https://static.zdassets.com/ekr/snippet.js', where: 'head > script' }],
    ...over,
  });
}

describe('findingTitle', () => {
  it('names both the missing mention and the chat for a missing-disclosure observation', () => {
    expect(findingTitle({ kind: 'missing-disclosure', ruleId: 'chat-ai-disclosure-missing', vendor: 'Dydu' }, t)).toBe(
      'Mention «\u00a0IA\u00a0» non trouvée dans la discussion (Dydu)',
    );
  });

  it('uses the vendor first', () => {
    expect(findingTitle(finding({ vendor: 'Zendesk' }), t)).toBe('Zendesk');
  });

  it('uses a rule_* message when the rule has one', () => {
    const withRule = createTranslator({ ...fr, rule_ai_chat_zendesk: { message: 'Messagerie Zendesk' } });
    expect(ruleTitleKey('ai-chat-zendesk')).toBe('rule_ai_chat_zendesk');
    expect(findingTitle(finding(), withRule)).toBe('Messagerie Zendesk');
  });

  it.each([
    ['ai-chat', 'Assistant de discussion'],
    ['decision-notice', 'Mention d’un traitement algorithmique'],
    ['ai-content', 'Contenu signalé comme généré par IA'],
    ['missing-disclosure', 'Mention absente'],
  ] as const)('falls back to a title for the kind %s', (kind, title) => {
    expect(findingTitle(finding({ kind, ruleId: 'some-rule' }), t)).toBe(title);
  });
});

describe('publicServiceText', () => {
  const url = 'https://www.impots.gouv.fr/accueil';
  it.each<[PublicService, string]>([
    [{ isPublicService: true, reason: 'national-service-domain', matched: 'impots.gouv.fr' }, 'Site d’un service public national (impots.gouv.fr).'],
    [{ isPublicService: true, reason: 'national-service-domain' }, 'Site d’un service public national (www.impots.gouv.fr).'],
    [{ isPublicService: true, reason: 'public-sector-host-list' }, 'Site listé parmi les sites du secteur public (liste DINUM/Etalab).'],
    [{ isPublicService: true, reason: 'user-added-site' }, 'Site que vous avez ajouté.'],
    [{ isPublicService: false, reason: 'not-listed' }, 'Ce site ne figure pas dans nos listes de sites publics.'],
  ])('%j', (publicService, text) => {
    expect(publicServiceText(publicService, t, url)).toBe(text);
  });
});

describe('groupFindings', () => {
  it('keeps kinds in a fixed order, drops empty kinds, and puts detected before possible', () => {
    const groups = groupFindings([
      finding({ ruleId: 'missing-a', kind: 'missing-disclosure', level: 'possible' }),
      finding({ ruleId: 'chat-possible', level: 'possible' }),
      finding({ ruleId: 'notice-a', kind: 'decision-notice' }),
      finding({ ruleId: 'chat-detected' }),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['ai-chat', 'decision-notice', 'missing-disclosure']);
    expect(groups[0]?.findings.map((f) => f.ruleId)).toEqual(['chat-detected', 'chat-possible']);
  });

  it('gives nothing for no findings', () => {
    expect(groupFindings([])).toEqual([]);
  });
});

describe('report export', () => {
  const report = reportSchema.parse({
    schemaVersion: 2,
    url: 'https://www.caf.fr/allocataires?x=1',
    scannedAt: '2025-03-14T10:20:30.000Z',
    publicService: { isPublicService: true, reason: 'public-sector-host-list', matched: 'caf.fr' },
    findings: [finding({ vendor: 'Zendesk' })],
  });

  it('writes the validated report, indented, that reads back the same', () => {
    const json = reportToJson(report);
    expect(JSON.parse(json)).toEqual(report);
    expect(json).toContain('\n  "schemaVersion": 2,');
    // Defaults filled by the schema are part of the file.
    expect(JSON.parse(json).findings[0].state).toBe('present');
  });

  it('names the file after the host and the scan date', () => {
    expect(reportFileName(report)).toBe('vigie-rapport-www.caf.fr-2025-03-14.json');
    expect(reportFileName({ url: 'file:///home/a.html', scannedAt: '2025-01-02T00:00:00Z' })).toBe(
      'vigie-rapport-page-2025-01-02.json',
    );
  });
});

describe('small helpers', () => {
  it.each([
    ['?tabId=12', 12],
    ['?tabId=0', 0],
    ['', undefined],
    ['?tabId=', undefined],
    ['?tabId=-1', undefined],
    ['?tabId=1e3', undefined],
    ['?tabId=abc', undefined],
    ['?tabId=99999999999', undefined],
  ])('parseTabIdParam(%j) = %j', (search, tabId) => {
    expect(parseTabIdParam(search)).toBe(tabId);
  });

  it('pageHost', () => {
    expect(pageHost('https://www.caf.fr/a')).toBe('www.caf.fr');
    expect(pageHost('not a url')).toBe('');
  });
});

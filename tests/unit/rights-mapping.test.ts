import { RULES } from '../../lib/rules';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findingKindSchema, noticeContextSchema, type FindingKind, type NoticeContext } from '../../lib/report/schema';
import {
  CONTACTS,
  LETTER_IDS,
  RIGHTS,
  deadlineEventSchema,
  getLegalBasis,
  letterInfo,
  lettersForFinding,
  rightsForFinding,
  rightsForFindings,
  rightsForKind,
  type FindingForRights,
  type Right,
} from '../../lib/rights';

// Decision-notice rule ids as docs/decision-notices.md defines them (the first column of its first table).
const decisionDoc = readFileSync(new URL('../../docs/decision-notices.md', import.meta.url), 'utf8');
const decisionSection = decisionDoc.slice(decisionDoc.indexOf('## Decision notices'), decisionDoc.indexOf('**Negation.**'));
const DECISION_RULE_IDS = [...decisionSection.matchAll(/^\| `([a-z0-9-]+)` \|/gmu)].map((m) => m[1] ?? '');

const decision = (ruleId: string, context?: NoticeContext): FindingForRights => ({
  kind: 'decision-notice',
  ruleId,
  ...(context ? { notice: { context } } : {}),
});
const ids = (rights: Right[]) => rights.map((r) => r.id);
const bases = (rights: Right[]) => rights.flatMap((r) => r.legalBasis);

describe('which rights apply', () => {
  it('reads the four decision-notice rules from the docs', () => {
    expect(DECISION_RULE_IDS).toHaveLength(4);
  });

  it('every rule id a right names is a rule of that kind (decision notices: a documented one)', () => {
    const kindOf = new Map(RULES.map((r) => [r.id, r.kind]));
    for (const right of RIGHTS) {
      for (const a of right.appliesTo) {
        for (const ruleId of a.ruleIds ?? []) {
          expect(kindOf.get(ruleId), `${right.id} names unknown rule ${ruleId}`).toBe(a.kind);
          if (a.kind === 'decision-notice') expect(DECISION_RULE_IDS, `${right.id} names undocumented rule ${ruleId}`).toContain(ruleId);
        }
      }
    }
  });

  it('an image or a chatbot disclaimer is not "a text published to inform the public"', () => {
    const base = { kind: 'ai-content' as const, level: 'detected' as const };
    expect(rightsForFinding({ ...base, ruleId: 'ai-generated-label' }).map((r) => r.id)).toContain('told-text-is-ai-generated');
    expect(rightsForFinding({ ...base, ruleId: 'image-c2pa-ai-declaration' }).map((r) => r.id)).not.toContain('told-text-is-ai-generated');
    expect(rightsForFinding({ ...base, ruleId: 'chatbot-ai-disclaimer' }).map((r) => r.id)).toEqual(expect.arrayContaining(['told-talking-to-ai', 'chatbot-answer-is-information']));
  });

  it.each(findingKindSchema.options)('finding kind %s has at least one right', (kind: FindingKind) => {
    expect(rightsForKind(kind).length).toBeGreaterThan(0);
  });

  it.each(DECISION_RULE_IDS.flatMap((ruleId) => noticeContextSchema.options.map((context) => [ruleId, context] as const)))(
    'decision notice %s in context %s has rights, with an official basis',
    (ruleId, context) => {
      const rights = rightsForFinding(decision(ruleId, context));
      expect(rights.length).toBeGreaterThan(0);
      for (const id of bases(rights)) expect(getLegalBasis(id as never).url).toMatch(/^https:\/\//u);
    },
  );

  it('a decision gets the mention, the rules, the CADA, fully automated decisions and the GDPR', () => {
    const rights = rightsForFinding(decision('crpa-algorithmic-decision-mention', 'decision'));
    const b = bases(rights);
    for (const basis of ['crpa-l311-3-1', 'crpa-r311-3-1-1', 'crpa-r311-3-1-2', 'crpa-r343-1', 'lil-art-47', 'cc-2018-765-dc', 'gdpr-art-15', 'gdpr-art-22']) {
      expect(b, basis).toContain(basis);
    }
  });

  it('an information page gets a shorter set that says so, and no decision-only right', () => {
    for (const ruleId of DECISION_RULE_IDS) {
      const info = rightsForFinding(decision(ruleId, 'about'));
      const dec = rightsForFinding(decision(ruleId, 'decision'));
      expect(info.length, ruleId).toBeLessThan(dec.length);
      for (const right of info) {
        const onlyDecision = right.appliesTo.every((a) => a.kind !== 'decision-notice' || (a.contexts?.length === 1 && a.contexts[0] === 'decision'));
        expect(onlyDecision, `${right.id} presupposes a decision`).toBe(false);
      }
    }
    expect(ids(rightsForFinding(decision('crpa-algorithmic-decision-mention', 'about')))).toContain('law-explained-here');
  });

  it('a decision notice without a context is read as an information page', () => {
    for (const ruleId of DECISION_RULE_IDS) {
      expect(ids(rightsForFinding(decision(ruleId)))).toEqual(ids(rightsForFinding(decision(ruleId, 'about'))));
    }
  });

  it('Parcoursup gets its own regime, not the CRPA request for rules', () => {
    const rights = ids(rightsForFinding(decision('parcoursup-examination-notice', 'decision')));
    expect(rights).toContain('parcoursup-criteria-and-reasons');
    expect(rights).not.toContain('algorithm-rules-on-request');
    expect(rights).not.toContain('cada-referral');
  });

  it('chats, missing disclosures and AI content get the AI Act rights', () => {
    const chat = rightsForFinding({ kind: 'ai-chat', ruleId: 'crisp' });
    expect(bases(chat)).toContain('ai-act-art-50');
    expect(ids(chat)).toEqual(expect.arrayContaining(['told-talking-to-ai', 'chatbot-answer-is-information', 'human-or-offline-route']));
    expect(ids(rightsForFinding({ kind: 'missing-disclosure', ruleId: 'chat-ai-disclosure-missing' }))).toContain('told-talking-to-ai');
    expect(ids(rightsForFinding({ kind: 'ai-content', ruleId: 'ai-generated-label' }))).toEqual(['told-text-is-ai-generated']);
  });

  it('rightsForFindings lists each right once, in display order', () => {
    const findings = [decision('crpa-algorithmic-decision-mention', 'decision'), decision('automated-decision-notice', 'decision'), { kind: 'ai-chat', ruleId: 'crisp' } as const];
    const rights = ids(rightsForFindings(findings));
    expect(new Set(rights).size).toBe(rights.length);
    const order = ids([...RIGHTS]);
    expect([...rights].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(rights);
    expect(rightsForFindings([])).toEqual([]);
  });
});

describe('what the rights say (legal accuracy)', () => {
  const right = (id: string) => RIGHTS.find((r) => r.id === id)!;
  const fr = (r: Right) => [r.title.fr, ...r.explanation.fr, r.caveat?.fr ?? ''].join(' ');

  it('the GDPR appeal right speaks of an appeal examined by a person, not a general right to a human', () => {
    const r = right('automated-decision-human-appeal');
    expect(fr(r)).toMatch(/recours/u);
    expect(fr(r)).toMatch(/examiné par une personne/u);
    for (const other of RIGHTS) expect(fr(other)).not.toMatch(/droit (?:à|a) (?:une )?intervention humaine/iu);
  });

  it('the appeal-by-a-person point rests on the Constitutional Council decision', () => {
    for (const id of ['fully-automated-decision-safeguards', 'automated-decision-human-appeal']) expect(right(id).legalBasis).toContain('cc-2018-765-dc');
  });

  it('the non-digital route rests on CE La Cimade and does not promise a general right', () => {
    const r = right('human-or-offline-route');
    expect(r.legalBasis).toContain('ce-2022-452798');
    expect(fr(r)).toMatch(/aucune loi ne garantit/u);
  });

  it('the chatbot right says it is information, not a decision, and says no article states it', () => {
    const r = right('chatbot-answer-is-information');
    expect(fr(r)).toMatch(/pas une décision/u);
    expect(r.caveat?.fr).toMatch(/Aucun article/u);
  });

  it('the AI content right states the human-review exception', () => {
    expect(fr(right('told-text-is-ai-generated'))).toMatch(/exception/u);
  });

  it('the rules right lists the four items of R. 311-3-1-2', () => {
    const items = right('algorithm-rules-on-request').explanation.fr.filter((s) => /^[1-4]\. /u.test(s));
    expect(items).toHaveLength(4);
  });
});

describe('links between rights, contacts, deadlines and letters', () => {
  it('every contact a right names exists', () => {
    const contactIds = new Set(CONTACTS.map((c) => c.id));
    for (const r of RIGHTS) for (const id of r.contacts) expect(contactIds.has(id), `${r.id} → ${id}`).toBe(true);
  });

  it('every deadline event a right names is known', () => {
    for (const r of RIGHTS) for (const e of r.deadlines) expect(deadlineEventSchema.options).toContain(e);
  });

  it('every letter exercises rights that exist', () => {
    const rightIds = new Set(RIGHTS.map((r) => r.id));
    for (const id of LETTER_IDS) for (const r of letterInfo(id).rights) expect(rightIds.has(r), `${id} → ${r}`).toBe(true);
  });

  it('no letter is offered for an information page; a decision gets the request for rules', () => {
    for (const ruleId of DECISION_RULE_IDS) {
      expect(lettersForFinding(decision(ruleId, 'about'))).toEqual([]);
      expect(lettersForFinding(decision(ruleId))).toEqual([]);
    }
    expect(lettersForFinding(decision('crpa-algorithmic-decision-mention', 'decision'))).toEqual(
      expect.arrayContaining(['algorithm-rules-request', 'gdpr-access-request', 'cada-referral', 'human-review-appeal']),
    );
  });

  it('a chat offers the letter asking for a human or a non-digital route; AI content offers none', () => {
    expect(lettersForFinding({ kind: 'ai-chat', ruleId: 'crisp' })).toEqual(['human-contact-request']);
    expect(lettersForFinding({ kind: 'ai-content', ruleId: 'ai-generated-label' })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ES modules without types
import { loadBlind, loadSplit } from '../blind/load-blind.mjs';
// @ts-expect-error -- plain ES modules without types
import { blindTargetsMet, scoreBlind } from '../../scripts/eval-blind.mjs';

interface BlindPage {
  id: string;
  label: { notice: { context: string; elements?: Record<string, boolean> } | null; aiContent: unknown };
}

const pages: BlindPage[] = loadBlind();
const split: { tune: string[]; holdout: string[] } = loadSplit();

describe('the blind corpus', () => {
  it('every page has a valid label (the loader throws otherwise), and there are enough of each kind', () => {
    expect(pages.length).toBeGreaterThanOrEqual(170);
    expect(pages.filter((p) => p.label.notice?.context === 'decision').length).toBeGreaterThan(20);
    expect(pages.filter((p) => p.label.notice?.context === 'about').length).toBeGreaterThan(20);
    expect(pages.filter((p) => p.label.aiContent !== null).length).toBeGreaterThan(20);
  });

  it('the split places every page once, in one half only', () => {
    const placed = [...split.tune, ...split.holdout];
    expect(new Set(placed).size).toBe(placed.length);
    expect(new Set(placed)).toEqual(new Set(pages.map((p) => p.id)));
    // The first batch's holdout (85 pages) never shrinks; later batches may go wholly to `tune`.
    expect(split.holdout.length).toBeGreaterThanOrEqual(85);
  });
});

const page = (id: string, notice: BlindPage['label']['notice'], aiContent: unknown = null) => ({ id, label: { notice, aiContent } });
const crpa = (context: string, elements?: Record<string, { present: boolean; unclear?: boolean }>) => ({
  kind: 'decision-notice',
  ruleId: 'crpa-algorithmic-decision-mention',
  notice: { context, cues: [], ...(elements ? { elements } : {}) },
});
const ALL = { purpose: true, rightToRules: true, howToExercise: true, cada: true };
const present = (v: boolean) => ({ present: v });

describe('npm run eval:blind scoring', () => {
  it('counts decision and procedure as notices, and a page about the law right when it yields nothing', () => {
    const s = scoreBlind([
      { page: page('a', { context: 'decision' }), findings: [crpa('decision')] },
      { page: page('b', { context: 'procedure' }), findings: [crpa('decision')] },
      { page: page('c', { context: 'about' }), findings: [] },
      { page: page('d', { context: 'about' }), findings: [crpa('decision')] },
      { page: page('e', { context: 'decision' }), findings: [] },
    ]);
    expect(s.context).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(s.threeWay).toMatchObject({ right: 2, total: 5 });
    expect(s.silentPages).toMatchObject({ total: 2, withFinding: 1 });
  });

  it('an element said unclear is not right, and elements of a notice read as about are not read', () => {
    const label = { context: 'decision', elements: ALL };
    const s = scoreBlind([
      { page: page('a', label), findings: [crpa('decision', { purpose: present(true), rightToRules: present(true), howToExercise: { present: false, unclear: true }, cada: present(true) })] },
      { page: page('b', label), findings: [] },
    ]);
    expect(s.elements.howToExercise).toMatchObject({ right: 0, total: 2, unclear: 1 });
    expect(s.elements.purpose).toMatchObject({ right: 1, total: 2 });
    expect(s.elementsAll).toMatchObject({ mentions: 2, mentionsRight: 0 });
  });

  it('scores AI content and flags findings on silent pages', () => {
    const label = { scope: 'page', quote: 'Image générée par IA' };
    const s = scoreBlind([
      { page: page('a', null, label), findings: [{ kind: 'ai-content', ruleId: 'ai-generated-label' }] },
      { page: page('b', null), findings: [{ kind: 'ai-content', ruleId: 'ai-generated-label' }] },
    ]);
    expect(s.aiContent).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    const checks = blindTargetsMet(s);
    expect(checks.find((c: { name: string }) => c.name === 'silent pages with a finding').ok).toBe(false);
    expect(checks.find((c: { name: string }) => c.name === 'AI-content F1').ok).toBe(false);
  });
});

describe('npm run eval:blind scoring of chats', () => {
  const chatPage = (chat: object) => ({ id: 'chats/p', label: { notice: null, aiContent: null, chat } });
  it('scores presence, the vendor from its package name, and the assistant’s own disclosure', () => {
    const s = scoreBlind([
      {
        page: chatPage({ present: true, vendor: '@botpress/webchat', disclosure: 'explicit', integration: 'launcher-open' }),
        findings: [{ kind: 'ai-chat', ruleId: 'botpress', vendor: 'Botpress', disclosure: { found: true, state: 'explicit', matched: 'assistant IA' } }],
      },
      {
        page: chatPage({ present: true, vendor: 'flowise-embed', disclosure: 'none', integration: 'launcher-closed' }),
        findings: [{ kind: 'ai-chat', ruleId: 'unbranded-assistant', disclosure: { found: true, state: 'explicit' } }],
      },
      { page: chatPage({ present: false, vendor: null, disclosure: null, integration: 'none' }), findings: [{ kind: 'ai-chat', ruleId: 'unbranded-assistant' }] },
    ]);
    expect(s.chat).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(s.vendor).toMatchObject({ right: 1, total: 2 });
    expect(s.disclosure).toMatchObject({ right: 1, total: 2 });
    // The chat's own findings on a chat page are expected; on a negative page they are errors.
    expect(s.silentPages).toMatchObject({ total: 3, withFinding: 1 });
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findDisclosure } from '../../lib/detect/evaluate';
import { defineRule } from '../../lib/rules/define-rule';
import { MISSING_DISCLOSURE_RULE_ID } from '../../lib/rules/disclosure/ai-disclosure-phrases';
import { scanDocument, scanFixture } from './helpers/scan-html';

const botRule = defineRule({
  id: 'test-bot',
  kind: 'ai-chat',
  vendor: 'Test Bot',
  chatKind: 'ai_bot',
  description: { fr: 'Robot de test pour les tests unitaires.', en: 'Test bot for the unit tests.' },
  signals: [
    { type: 'selector', selector: '#test-launcher', weight: 0.9 },
    { type: 'selector', selector: '#test-panel', weight: 0.9, panel: true },
  ],
  sources: ['https://example.org/'],
});
const liveChatRule = { ...botRule, id: 'test-live', chatKind: 'live_chat' as const };

afterEach(() => {
  document.body.innerHTML = '';
});

describe('AI disclosure in a chat panel (AI Act art. 50(1))', () => {
  it.each([
    ['Bonjour, je suis Léa, votre assistante virtuelle.', true],
    ['Les réponses sont générées par une intelligence artificielle.', true],
    ['Vous échangez avec un robot.', true],
    ['Chatbot de la mairie', true],
    ['Hello, I am a virtual assistant.', true],
    ['Bonjour, je suis Léa. Comment puis-je vous aider ?', false],
    ['Posez votre question, nous vous répondons.', false],
  ])('%j → disclosed: %s', (text, found) => {
    document.body.innerHTML = `<div id="p"><p>${text}</p></div>`;
    expect(findDisclosure(document.getElementById('p')!).found).toBe(found);
  });

  it('reads accessible names too', () => {
    document.body.innerHTML = '<div id="p"><img alt="Avatar du robot"><p>Bonjour Léa</p></div>';
    expect(findDisclosure(document.getElementById('p')!)).toEqual({ found: true, matched: 'robot' });
  });

  it('adds a "possible" missing-disclosure observation when a bot panel says nothing', () => {
    document.body.innerHTML = '<button id="test-launcher">?</button><div id="test-panel"><p>Bonjour, je suis Léa. Que puis-je faire pour vous ?</p></div>';
    const findings = scanDocument(document, [botRule]);
    const bot = findings.find((f) => f.ruleId === 'test-bot')!;
    expect(bot.disclosure).toEqual({ found: false });
    const missing = findings.find((f) => f.ruleId === MISSING_DISCLOSURE_RULE_ID)!;
    expect(missing.kind).toBe('missing-disclosure');
    expect(missing.level).toBe('possible');
    expect(missing.vendor).toBe('Test Bot');
    expect(missing.evidence[0]!.matched).toContain('Bonjour, je suis Léa');
  });

  it('says nothing when the panel discloses, when no panel is open, or for a human live chat', () => {
    document.body.innerHTML = '<button id="test-launcher">?</button><div id="test-panel"><p>Je suis un assistant virtuel.</p></div>';
    expect(scanDocument(document, [botRule]).map((f) => f.ruleId)).toEqual(['test-bot']);
    document.body.innerHTML = '<button id="test-launcher">?</button>';
    expect(scanDocument(document, [botRule]).map((f) => f.ruleId)).toEqual(['test-bot']);
    document.body.innerHTML = '<button id="test-launcher">?</button><div id="test-panel"><p>Bonjour Léa</p></div>';
    expect(scanDocument(document, [liveChatRule]).map((f) => f.ruleId)).toEqual(['test-live']);
  });
});

describe('a chat’s own text declares nothing for the page', () => {
  it('an AI label inside a detected chat is the chat’s disclosure, not an AI-content finding', () => {
    const findings = scanFixture('webchat-badge-transcript.html');
    expect(findings.filter((f) => f.kind === 'ai-content')).toEqual([]);
    const chat = findings.find((f) => f.ruleId === 'bot-framework-webchat')!;
    expect(chat.disclosure).toMatchObject({ found: true });
  });
});

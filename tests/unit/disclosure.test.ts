// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readChatDisclosure } from '../../lib/detect/chat-disclosure';
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

describe('what a chat says of itself (AI Act art. 50(1))', () => {
  it.each([
    ['Les réponses sont générées par une intelligence artificielle.', 'explicit'],
    ['Assistant IA de la mairie', 'explicit'],
    ['Réponses générées automatiquement, vérifiez-les.', 'explicit'],
    ['Je suis l’agent virtuel des douanes. Mes réponses sont automatiques.', 'explicit'],
    ['KI-Assistent der Stadt', 'explicit'],
    ['Hello, I am an AI assistant.', 'explicit'],
    ['Bonjour, je suis Léa, votre assistante virtuelle.', 'self-described'],
    ['Vous échangez avec un robot.', 'self-described'],
    ['Chatbot de la mairie', 'self-described'],
    ['Hello, I am a virtual assistant.', 'self-described'],
    // "ai" is a French verb form and an Italian preposition; "ia" a syllable.
    ["J'ai une question sur ma demande", 'none'],
    ['Rispondo ai cittadini del comune', 'none'],
    ['Bonjour, je suis Léa. Comment puis-je vous aider ?', 'none'],
  ])('%j → %s', (text, state) => {
    document.body.innerHTML = `<div id="p"><p>${text}</p><textarea aria-label="Message"></textarea></div>`;
    const panel = document.getElementById('p')!;
    expect(readChatDisclosure([panel], [panel]).state).toBe(state);
  });

  it('quotes the words as the page wrote them, and says where they stand', () => {
    document.body.innerHTML = '<div id="p"><h2>Bienvenue</h2><p>Réponses générées par l’IA : vérifiez-les.</p><textarea></textarea></div>';
    const panel = document.getElementById('p')!;
    expect(readChatDisclosure([panel], [panel])).toMatchObject({ found: true, state: 'explicit', where: 'div#p' });
    expect(readChatDisclosure([panel], [panel]).matched).toContain('IA');
  });

  it('reads accessible names too: an icon-only launcher named "Ouvrir l’assistant IA"', () => {
    document.body.innerHTML = '<button id="l" aria-label="Ouvrir l’assistant IA"><svg></svg></button><div id="p"><p>Bonjour</p><textarea></textarea></div>';
    const d = readChatDisclosure([document.getElementById('l')!], [document.getElementById('p')!]);
    expect(d).toMatchObject({ state: 'explicit', matched: 'Ouvrir l’assistant IA' });
  });

  it('a closed window is read, hidden: AI words there leave the question open; none, and it says none', () => {
    document.body.innerHTML = '<button id="l">Aide</button><div id="w" hidden><h2>Assistant IA</h2><div id="p"><p>Bonjour.</p></div></div>';
    const launcher = document.getElementById('l')!;
    const panel = document.getElementById('p')!;
    // The words stand in the closed window's own header, around the transcript.
    expect(readChatDisclosure([launcher], [panel])).toMatchObject({ found: false, state: 'not-checkable' });
    expect(readChatDisclosure([launcher], [panel]).matched).toContain('Assistant IA');
    document.querySelector('h2')!.textContent = 'Votre assistant virtuel';
    expect(readChatDisclosure([launcher], [panel])).toMatchObject({ state: 'self-described', matched: 'assistant virtuel' });
    document.querySelector('h2')!.textContent = 'Bienvenue';
    expect(readChatDisclosure([launcher], [panel]).state).toBe('none');
    // No window in the page yet: built on opening, nothing can be said.
    expect(readChatDisclosure([launcher], []).state).toBe('not-checkable');
    document.getElementById('w')!.hidden = false;
    expect(readChatDisclosure([launcher], [panel]).state).toBe('none');
  });

  it('a closed window inside a shown widget (faded out, still in its rendered text) is not what it says yet', () => {
    document.body.innerHTML = '<div id="widget"><button aria-label="Ouvrir">?</button><div id="w" hidden><h2 aria-label="Assistant IA">Assistant IA de la préfecture</h2><textarea></textarea></div></div>';
    const widget = document.getElementById('widget')!;
    const win = document.getElementById('w')!;
    const d = readChatDisclosure([widget, win], [win]);
    expect(d.state).toBe('not-checkable');
    expect(d.matched).toContain('Assistant IA');
  });

  it('with no window in the page, a launcher calling it a chatbot is how it presents itself, until opened', () => {
    document.body.innerHTML = '<a id="l" href="#" aria-label="Ouvrir le chatbot">Des questions ?</a>';
    const launcher = document.getElementById('l')!;
    expect(readChatDisclosure([launcher], [])).toMatchObject({ state: 'self-described', closed: true, matched: 'chatbot' });
    // A channel's name says nothing of what answers.
    launcher.setAttribute('aria-label', 'Assistant en ligne');
    expect(readChatDisclosure([launcher], []).state).toBe('not-checkable');
    // A frame's title is the site's: the assistant inside cannot be read.
    document.body.innerHTML = '<div id="w"><iframe title="Chatbot de la ville" src="about:blank"></iframe></div>';
    expect(readChatDisclosure([document.getElementById('w')!], []).state).toBe('not-checkable');
  });

  it('the shown layer a closed window sits in is its frame, not an open window', () => {
    // A launcher and its closed window in one fixed layer (a <details> whose summary is the launcher).
    document.body.innerHTML = '<div id="layer"></div>';
    const layer = document.getElementById('layer')!;
    layer.attachShadow({ mode: 'open' }).innerHTML =
      '<button>Une question ?</button><section id="w" hidden><p>Vous échangez avec un assistant d’intelligence artificielle.</p><input aria-label="Votre question"></section>';
    const win = layer.shadowRoot!.getElementById('w')!;
    expect(readChatDisclosure([layer, win], [layer, win])).toMatchObject({ state: 'not-checkable', matched: 'intelligence artificielle' });
    win.hidden = false;
    expect(readChatDisclosure([layer, win], [layer, win]).state).toBe('explicit');
  });

  it('adds a "possible" observation when an open bot panel says nothing, with what was read', () => {
    document.body.innerHTML = '<button id="test-launcher">?</button><div id="test-panel"><p>Bonjour, je suis Léa. Que puis-je faire pour vous ?</p></div>';
    const findings = scanDocument(document, [botRule]);
    const bot = findings.find((f) => f.ruleId === 'test-bot')!;
    expect(bot.disclosure).toMatchObject({ found: false, state: 'none' });
    const missing = findings.find((f) => f.ruleId === MISSING_DISCLOSURE_RULE_ID)!;
    expect(missing.kind).toBe('missing-disclosure');
    expect(missing.level).toBe('possible');
    expect(missing.vendor).toBe('Test Bot');
    expect(missing.evidence[0]!.matched).toContain('Bonjour, je suis Léa');
  });

  it('a bot that only calls itself a virtual assistant gets the observation, its words as evidence', () => {
    document.body.innerHTML = '<button id="test-launcher">?</button><div id="test-panel"><p>Je suis un assistant virtuel.</p></div>';
    const findings = scanDocument(document, [botRule]);
    const missing = findings.find((f) => f.ruleId === MISSING_DISCLOSURE_RULE_ID)!;
    expect(missing.disclosure).toMatchObject({ state: 'self-described' });
    expect(missing.evidence[0]!.matched).toBe('assistant virtuel');
  });

  it('says nothing when the panel says it is an AI, when no panel is seen, or for a human live chat', () => {
    document.body.innerHTML = '<button id="test-launcher">?</button><div id="test-panel"><p>Je suis une intelligence artificielle.</p></div>';
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

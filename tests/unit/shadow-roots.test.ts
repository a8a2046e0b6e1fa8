// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml, scanDocument } from './helpers/scan-html';
import { readClosedShadowRoots, shadowRootOf } from '../../lib/detect/shadow-roots';

/** A page whose assistant lives in a closed shadow root, and the roots its script attached. */
function pageWithClosedWidget(hostTag: string) {
  const doc = parseHtml('<!doctype html><html lang="fr"><head><title>Aides</title></head><body><main><h1>Aides</h1></main></body></html>');
  const host = doc.createElement(hostTag);
  doc.body.append(host);
  const root = host.attachShadow({ mode: 'closed' });
  root.innerHTML = `<section role="dialog" aria-label="Aide"><div role="log"><p>Bonjour ! Je suis l’assistant virtuel de la Région.</p></div>
    <form><textarea aria-label="Votre message"></textarea><button>Envoyer</button></form></section>`;
  const roots = new Map<Element, ShadowRoot>([[host, root]]);
  return { doc, host, read: (el: Element) => roots.get(el) ?? null };
}

describe('closed shadow roots', () => {
  afterEach(() => readClosedShadowRoots(undefined));

  it('are read only when the content script hands over its privileged reader', () => {
    const { doc, read } = pageWithClosedWidget('region-aide');
    expect(scanDocument(doc).filter((f) => f.kind === 'ai-chat')).toEqual([]);
    readClosedShadowRoots(read);
    const chats = scanDocument(doc).filter((f) => f.kind === 'ai-chat');
    expect(chats.map((f) => f.ruleId)).toEqual(['unbranded-assistant']);
    expect(chats[0]!.evidence.some((e) => e.where.includes('shadow('))).toBe(true);
  });

  it('are asked for only where components attach theirs: a custom element or a child of the body', () => {
    const asked: string[] = [];
    readClosedShadowRoots((el) => {
      asked.push(el.localName);
      return null;
    });
    const doc = parseHtml('<!doctype html><html><body><div id="top"><p id="deep">x</p></div><chat-widget></chat-widget></body></html>');
    expect(shadowRootOf(doc.getElementById('deep')!)).toBeNull();
    expect(shadowRootOf(doc.getElementById('top')!)).toBeNull();
    expect(shadowRootOf(doc.querySelector('chat-widget')!)).toBeNull();
    expect(asked).toEqual(['div', 'chat-widget']);
  });

  it('a reader that throws is a root not read, not a broken scan', () => {
    const { doc } = pageWithClosedWidget('region-aide');
    readClosedShadowRoots(() => {
      throw new Error('hostile');
    });
    expect(() => scanDocument(doc)).not.toThrow();
  });
});

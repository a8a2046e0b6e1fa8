// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { floatingLayer, ownWords } from '../../lib/detect/element-clues';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('ownWords', () => {
  it('reads a label and its badge as two pieces, with the names of the control', () => {
    const doc = page('<button aria-label="Ouvrir l’aide" title="Aide en ligne"><span>Poser une question</span><span>Assistant IA</span></button>');
    const words = ownWords(doc.querySelector('button')!);
    expect(words.map((w) => w.normal)).toEqual(["ouvrir l'aide", 'aide en ligne', 'poser une question assistant ia']);
    expect(words[2]!.original).toBe('Poser une question Assistant IA');
  });

  it('leaves out text too long to be a control’s name', () => {
    const doc = page(`<div role="button">${'Une phrase d’un article sur les assistants. '.repeat(5)}</div>`);
    expect(ownWords(doc.querySelector('div')!)).toEqual([]);
  });
});

describe('floatingLayer', () => {
  it('finds the fixed layer a launcher stands in, across a shadow root', () => {
    const doc = page('<div id="host" style="position: fixed; right: 0; bottom: 0"></div>');
    const host = doc.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div><button>Une question ?</button></div>';
    expect(floatingLayer(shadow.querySelector('button')!)).toBe(host);
  });

  it('says nothing of a control in the page’s flow, or in a fixed header or navigation bar', () => {
    const doc = page(
      '<header style="position: fixed"><button id="menu">Besoin d’aide ?</button></header>' +
        '<div role="navigation" style="position: fixed"><button id="nav">Aide</button></div>' +
        '<main><button id="flow">Une question ?</button></main>',
    );
    for (const id of ['menu', 'nav', 'flow']) expect(floatingLayer(doc.getElementById(id)!), id).toBeUndefined();
  });
});

import { normaliseText } from './normalise';

/** Longer than this, an element's text is content, not the name of a control. */
const MAX_NAME_TEXT = 80;
/** Fixed layers sit near the element: a launcher's wrapper, a panel's frame. */
const MAX_LAYER_DEPTH = 10;
/** A page's header or navigation bar may be fixed too; its menus are not launchers. */
const PAGE_BARS = new Set(['header', 'nav', 'html', 'body', 'main']);
const BAR_ROLES = new Set(['banner', 'navigation', 'menubar']);

export interface OwnWords {
  /** As the page writes them, for the evidence. */
  original: string;
  /** Normalised, for the rules' patterns. */
  normal: string;
}

/**
 * The words an element shows or is named by: its `aria-label`, `title` and `placeholder`, and its
 * text when short (a button's label, not a paragraph).
 */
export function ownWords(el: Element): OwnWords[] {
  const words: OwnWords[] = [];
  const add = (original: string) => {
    const trimmed = original.replace(/\s+/g, ' ').trim();
    if (trimmed && trimmed.length <= MAX_NAME_TEXT) words.push({ original: trimmed, normal: normaliseText(trimmed).trim() });
  };
  for (const name of ['aria-label', 'title', 'placeholder']) add((el.getAttribute(name) ?? '').slice(0, MAX_NAME_TEXT * 2));
  const text = el.textContent ?? '';
  if (text.length <= MAX_NAME_TEXT * 4) add(el.childElementCount === 0 ? text : piecesOf(el));
  return words;
}

/**
 * A control's text with its pieces apart: a label and its badge are two spans with nothing between
 * them ("Poser une question" + "Assistant IA"), which a person reads as two.
 */
function piecesOf(el: Element): string {
  const pieces: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 0x4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) pieces.push(node.nodeValue ?? '');
  return pieces.join(' ');
}

/**
 * The layer fixed on the screen an element stands in, as a chat's launcher or window does at a
 * corner, or undefined when it is in the page's flow, its header or its navigation bar. This reads
 * computed style, which the scanner avoids elsewhere: it is asked only of the few elements a
 * launcher's selector and words already matched. Climbs out of shadow roots, whose host is often
 * the fixed one.
 */
export function floatingLayer(el: Element): Element | undefined {
  const view = el.ownerDocument.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return undefined;
  let node: Element | null = el;
  for (let up = 0; node && up < MAX_LAYER_DEPTH; up++) {
    if (PAGE_BARS.has(node.localName) || BAR_ROLES.has(node.getAttribute('role') ?? '')) return undefined;
    if (view.getComputedStyle(node).position === 'fixed') return inPageBar(node) ? undefined : node;
    node = parentOf(node);
  }
  return undefined;
}

/** The parent element, or the host of the shadow root the element is the top of. */
export function parentOf(el: Element): Element | null {
  return el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null);
}

/** A fixed layer inside a header or a navigation bar (a sticky menu) is the page's chrome. */
function inPageBar(el: Element): boolean {
  let node = parentOf(el);
  for (let up = 0; node && up < MAX_LAYER_DEPTH; up++) {
    if (node.localName === 'header' || node.localName === 'nav' || BAR_ROLES.has(node.getAttribute('role') ?? '')) return true;
    node = parentOf(node);
  }
  return false;
}

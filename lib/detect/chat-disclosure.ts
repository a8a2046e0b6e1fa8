import type { Disclosure } from '../report/schema';
import { EXPLICIT_ACRONYM_PATTERN, EXPLICIT_DISCLOSURE_PATTERN, PERSON_ANSWERS_PATTERN, SELF_DESCRIPTION_PATTERN } from '../rules/disclosure/ai-disclosure-phrases';
import { describeElement } from './describe';
import { floatingLayer, parentOf } from './element-clues';
import { shadowRootOf } from './shadow-roots';
import { clip, normaliseText, originalSlice } from './normalise';

const EXPLICIT = new RegExp(EXPLICIT_DISCLOSURE_PATTERN, 'u');
const ACRONYM = new RegExp(EXPLICIT_ACRONYM_PATTERN, 'u');
const SELF = new RegExp(SELF_DESCRIPTION_PATTERN, 'u');
const PERSON = new RegExp(PERSON_ANSWERS_PATTERN, 'u');
/** Self-descriptions that say what answers (not "assistant en ligne", a channel's name). */
const PRESENTED = /virtuel|virtual|virtuale|virtuele|chat ?bot|robot|conversationnel|digital/;

/** Enough for a launcher, a header, a greeting and a footer; a long conversation is not needed. */
const MAX_TEXT = 20_000;
/** Elements looked at for accessible names and shadow roots inside one chat element. */
const MAX_ELEMENTS = 1_500;
/** Fewer letters than this in a closed window: it has not been filled yet. */
const MIN_WINDOW_TEXT = 12;
/** More text than this in a fixed layer: a page's layout, not a chat's window. */
const MAX_WINDOW_TEXT = 4_000;
const NAME_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder'] as const;

/**
 * Where a chat's words stand, from one of its elements: its widget, panel or dialog, or a region its
 * code names after a chat or an assistant. Never the page itself: a page titled "chatbot" is not one.
 */
const CHAT_ROOT =
  '[role="dialog"], [role="complementary"], [role="log"], aside, [id*="chat" i], [class*="chat" i], [id*="assistant" i], [class*="assistant" i]';

export function chatRoot(el: Element): Element | undefined {
  const named = el.closest(CHAT_ROOT);
  if (named && !PAGE.has(named.localName)) return named;
  // An inline assistant in a plain section: the nearest block around the words that holds its
  // message field ("Questions en ligne" with its textarea).
  let node = el.parentElement;
  for (let up = 0; node && up < 4 && !PAGE.has(node.localName); up++, node = node.parentElement) {
    if (node.querySelector(CONVERSATION)) return node;
  }
  return undefined;
}

const PAGE = new Set(['html', 'body', 'main']);

/**
 * Whether the person can see `el` now. This reads style, which the scanner avoids elsewhere: it is
 * done only for the few elements of a chat Vigie already found. Without `checkVisibility` (older
 * engines, test DOMs) only `hidden` and `aria-hidden` are known; a closed panel marked
 * `aria-hidden` is closed for a screen-reader user too.
 */
export function isShown(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"]')) return false;
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (typeof check === 'function') {
    try {
      return check.call(el, { opacityProperty: true, visibilityProperty: true });
    } catch {
      // A detached or exotic node: fall back to the attributes.
    }
  }
  return true;
}

/**
 * The text a chat element shows, its open shadow roots included, with the accessible names of its
 * controls ("Ouvrir l'assistant IA" on an icon-only launcher). `shown: false` reads the hidden text
 * too: what a closed panel would say.
 */
export function chatText(el: Element, shown: boolean, depth = 0, closed: readonly Element[] = []): string {
  if (shown && !isShown(el)) return '';
  const parts: string[] = [];
  let rendered = shown ? (el as HTMLElement).innerText : undefined;
  // A closed window faded out (opacity 0) inside a shown widget is still in its rendered text:
  // its words are not what the person sees yet.
  const within = closed.filter((p) => p !== el && composedContains(el, p));
  for (const p of within) {
    const words = (p as HTMLElement).innerText;
    if (rendered && words?.trim()) rendered = rendered.replace(words, ' ');
  }
  parts.push(rendered ?? textNodes(el));
  const inside = [el, ...Array.from(el.querySelectorAll('*')).slice(0, MAX_ELEMENTS)].filter((c) => !within.some((p) => composedContains(p, c)));
  for (const child of inside) {
    for (const a of NAME_ATTRIBUTES) {
      const v = child.getAttribute(a);
      if (v) parts.push(v);
    }
    const shadow = depth < 4 ? shadowRootOf(child) : null;
    if (shadow) {
      for (const inner of Array.from(shadow.children)) {
        if (inner.localName === 'style' || inner.localName === 'script') continue;
        parts.push(chatText(inner, shown, depth + 1, within));
      }
    }
  }
  return parts.join(' \n ').slice(0, MAX_TEXT);
}

/**
 * Text of an element, its text nodes joined by spaces: hidden text has no rendering to separate its
 * blocks, and a header run into its greeting ("Assistant IABonjour") would hide the words.
 */
function textNodes(el: Element): string {
  const out: string[] = [];
  let length = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && length < MAX_TEXT; node = walker.nextNode()) {
    const parent = node.parentElement?.localName;
    if (parent === 'script' || parent === 'style') continue;
    const t = node.nodeValue ?? '';
    out.push(t);
    length += t.length + 1;
  }
  return out.join(' ');
}

interface Said {
  matched: string;
  where: string;
}

/** The words by which `text` says it is an AI, quoted as the page wrote them. */
function explicitIn(text: string): string | undefined {
  const acronym = ACRONYM.exec(text);
  if (acronym) {
    // Quote the acronym with the words around it ("Assistant IA de la CAF"), whole words only.
    const start = Math.max(0, acronym.index - 30);
    const end = Math.min(text.length, acronym.index + acronym[0].length + 30);
    // A cut word at either end is dropped.
    const before = text.slice(start, acronym.index).replace(start > 0 ? /^\S*\s+/ : /^\s+/, '');
    const after = text.slice(acronym.index + acronym[0].length, end).replace(end < text.length ? /\s+\S*$/ : /\s+$/, '');
    return clip(`${before}${acronym[0]}${after}`, 60);
  }
  const m = EXPLICIT.exec(normaliseText(text));
  return m ? clip(originalSlice(text, m.index, m.index + m[0].length), 60) : undefined;
}

function selfIn(text: string): string | undefined {
  const normalised = normaliseText(text);
  const m = SELF.exec(normalised);
  return m ? clip(originalSlice(text, m.index, m.index + m[0].length), 60) : undefined;
}

type ReadText = (el: Element, shown: boolean) => string;

function first(read: ReadText, elements: readonly Element[], shown: boolean, find: (text: string) => string | undefined): Said | undefined {
  for (const el of elements) {
    const words = find(read(el, shown));
    if (words) return { matched: words, where: describeElement(el) };
  }
  return undefined;
}

/**
 * What a chat says of itself, from its elements as found (widget, launcher, greeting) and its
 * conversation panels. An explicit disclosure anywhere the person can see it wins; otherwise an
 * open panel tells whether it only calls itself an assistant or says nothing; a closed panel in the
 * page is read, hidden, for what it would show; with no panel in the page, the question stays open.
 *
 * `saidElsewhere`: an AI label the page shows inside this chat (its title bar's "Réponses générées
 * par IA"), found by the AI-content rules.
 */
export function readChatDisclosure(elements: readonly Element[], panels: readonly Element[], saidElsewhere?: Said): Disclosure {
  // Each element's text is read once per call, though it is searched for several kinds of words:
  // reading what is shown costs a layout.
  const shownTexts = new Map<Element, string>();
  const hiddenTexts = new Map<Element, string>();
  // Whether each panel shows is read once (it costs style): a closed one's words are left out of
  // the shown text around it, and a shown one that holds a closed one is only its frame.
  const closedPanels = panels.filter((p) => p.isConnected && !isShown(p));
  const shownPanels = panels.filter((p) => p.isConnected && !closedPanels.includes(p));
  const read: ReadText = (el, shown) => {
    const known = shown ? shownTexts : hiddenTexts;
    let text = known.get(el);
    if (text === undefined) known.set(el, (text = chatText(el, shown, 0, shown ? closedPanels : [])));
    return text;
  };
  const roots = distinctRoots([...panels, ...elements]);
  const explicit = first(read, roots, true, explicitIn) ?? saidElsewhere ?? first(read, windowsAround(roots), true, explicitIn);
  if (explicit) return { found: true, state: 'explicit', ...explicit };
  // An inline or full-page conversation has no launcher: its field or message log is on screen.
  // The fixed layer a closed window sits in (a `<details>` whose summary is the launcher) shows,
  // but only its launcher: it is the window's frame, not an open window.
  const openPanel = shownPanels.some((p) => !closedPanels.some((q) => composedContains(p, q))) || roots.some((r) => isShown(r) && holdsConversation(r));
  if (openPanel) {
    const self = first(read, roots, true, selfIn);
    return self ? { found: false, state: 'self-described', ...self } : { found: false, state: 'none' };
  }
  // Closed, but its window is in the page: read what it would show (its header, its greeting),
  // hidden as it is. Words saying AI there are not seen yet: the question stays open until it is
  // opened, when Vigie reads it again. No such words: the person will not meet any either.
  // A window with next to no text yet (a loader) is filled when opened: nothing to read in it.
  const closed = panels
    .filter((p) => p.isConnected)
    .map(closedRegion)
    .filter((r) => read(r, false).replace(/\s+/g, '').length >= MIN_WINDOW_TEXT);
  if (closed.length > 0) {
    const later = first(read, closed, false, explicitIn);
    if (later) return { found: false, state: 'not-checkable', ...later };
    const self = first(read, closed, false, selfIn) ?? first(read, roots, true, selfIn);
    return self ? { found: false, state: 'self-described', ...self } : { found: false, state: 'none' };
  }
  // No window in the page yet: it is built when opened. A launcher or teaser that already calls
  // it a virtual assistant or a chatbot is how it presents itself to the person now; "assistant en
  // ligne" is only a channel's name, and a frame's title is the site's: the assistant inside it
  // cannot be read.
  const self = first(read, roots, true, selfIn);
  const presented = first(read, roots.filter((r) => r.localName !== 'iframe' && !r.querySelector('iframe')), true, (text) => {
    const words = selfIn(text);
    return words && PRESENTED.test(normaliseText(words)) ? words : undefined;
  });
  return presented ? { found: false, state: 'self-described', closed: true, ...presented } : { found: false, state: 'not-checkable', ...(self ?? {}) };
}

/**
 * Whether a chat's own words, its closed window included, say a person answers ("Un conseiller vous
 * répond du lundi au vendredi"): a live chat with staff has an assistant's shape. Asked only of an
 * assistant known by its shape whose words say nothing of a program or an AI.
 */
export function answeredByPerson(elements: readonly Element[], panels: readonly Element[]): boolean {
  const roots = distinctRoots([...panels.filter((p) => p.isConnected).map(closedRegion), ...elements]);
  return roots.some((r) => PERSON.test(normaliseText(chatText(r, false).slice(0, MAX_WINDOW_TEXT))));
}

/**
 * The closed window around a hidden panel: the site often hides a wrapper that holds the widget's
 * transcript and its own header ("Assistant IA de l'ANTS"). Climbs while the parent is hidden too.
 */
function closedRegion(panel: Element): Element {
  let region = panel;
  for (let up = 0; up < 6; up++) {
    const parent = parentOf(region);
    if (!parent || PAGE.has(parent.localName) || isShown(parent)) break;
    region = parent;
  }
  return region;
}

const CONVERSATION = 'textarea, input[type="text"], input:not([type]), [role="log"], [contenteditable="true"]';

/**
 * Text in a window the page keeps closed and that holds a field to write in or a message log: a
 * conversation panel waiting for its launcher. Its words ("Réponses générées par IA") are what the
 * assistant will say of itself once opened, not the page declaring its own content, even when the
 * assistant itself was not recognised.
 */
export function inClosedConversation(el: Element): boolean {
  if (isShown(el)) return false;
  return closedRegion(el).querySelector(CONVERSATION) !== null;
}

/** Whether a chat element shows a message field or log, its open shadow roots included. */
function holdsConversation(el: Element, depth = 0): boolean {
  if ((el.matches(CONVERSATION) && isShown(el)) || Array.from(el.querySelectorAll(CONVERSATION)).slice(0, 20).some(isShown)) return true;
  if (depth >= 4) return false;
  const roots = [el, ...Array.from(el.querySelectorAll('*')).slice(0, MAX_ELEMENTS)].map(shadowRootOf).filter((r) => r !== null);
  return roots.some((r) => Array.from(r.children).some((c) => holdsConversation(c, depth + 1)));
}

/**
 * The site's own window a chat floats in: a site often mounts a vendor's widget in a frame of its
 * own, fixed at a corner, whose header says what answers ("Assistant IA du centre hospitalier").
 * A large fixed layer is a page's layout, not a window: its words are the page's.
 */
function windowsAround(roots: readonly Element[]): Element[] {
  const out: Element[] = [];
  for (const root of roots) {
    const around = root.parentElement ? floatingLayer(root.parentElement) : undefined;
    if (around && !roots.includes(around) && (around.textContent ?? '').length <= MAX_WINDOW_TEXT) out.push(around);
  }
  return out;
}

/**
 * Words the site writes beside a chat, in the small block that holds both: a notice under an
 * assistant embedded in a column ("Les réponses de cet assistant sont générées par une IA").
 */
export function besideChat(chat: Element, el: Element): boolean {
  let box = chat.parentElement;
  for (let up = 0; box && up < 6 && !PAGE.has(box.localName); up++, box = box.parentElement) {
    // A block with more text than a chat's window and its notice is the page's.
    if ((box.textContent ?? '').length > MAX_WINDOW_TEXT) return false;
    if (box.contains(el)) return true;
  }
  return false;
}

/** A control that lets the person go on from an assistant's first screen: start, accept, tick. */
const GO_ON = 'button, [role="button"], input:is([type="checkbox"], [type="submit"], [type="button"])';
/** More text than this around a notice: a page's article or section, not an assistant's screen. */
const MAX_SCREEN_TEXT = 800;

/**
 * The first screen of an assistant that shows its notice before the conversation ("Avant de
 * commencer… Cet assistant fonctionne avec une intelligence artificielle", a box to tick, "Commencer"):
 * the small block around the words that holds a control to go on, inside a component's shadow root
 * or not. Words in a page's paragraph, with only the page's long text around them, have none.
 */
export function assistantScreen(el: Element): Element | undefined {
  let node = parentOf(el);
  for (let up = 0; node && up < 5 && !PAGE.has(node.localName); up++) {
    if ((node.textContent ?? '').length > MAX_SCREEN_TEXT) return undefined;
    if (node.querySelector(GO_ON)) return node;
    node = parentOf(node);
  }
  return undefined;
}

/** Each element once, and none inside another of the list (its text is already read). */
function distinctRoots(elements: readonly Element[]): Element[] {
  const unique = [...new Set(elements.filter((e) => e.isConnected))];
  return unique.filter((el) => !unique.some((other) => other !== el && composedContains(other, el)));
}

/** Whether `el` is `container` or inside it, open shadow roots included. */
export function composedContains(container: Element, el: Element): boolean {
  for (let node: Node | null = el; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node === container) return true;
  }
  return false;
}

/**
 * How Vigie reaches a component's shadow root. Open roots are read from the page (`shadowRoot`).
 * A widget can attach its root `closed` to hide it from the page's scripts; an extension may still
 * read it through a privileged call (Chromium's `chrome.dom.openOrClosedShadowRoot`, Firefox's
 * `Element.openOrClosedShadowRoot` in content scripts), which the content script hands over here.
 * Without it (vitest, Node, the audit), only open roots are read.
 */
export type ClosedShadowReader = (el: Element) => ShadowRoot | null | undefined;

let closedReader: ClosedShadowReader | undefined;

/** Lets the shadow-root reads below see closed roots too; `undefined` goes back to open ones only. */
export function readClosedShadowRoots(reader: ClosedShadowReader | undefined): void {
  closedReader = reader;
}

/**
 * The shadow root of `el`, open or, when the content script gave the means, closed. A closed root
 * is asked for only where components attach theirs (a custom element, or a widget's host added at
 * the page's root): a privileged call on every element of a large page would cost too much.
 */
export function shadowRootOf(el: Element): ShadowRoot | null {
  const open = el.shadowRoot;
  if (open || !closedReader) return open;
  if (!el.localName.includes('-') && el.parentElement?.localName !== 'body') return null;
  try {
    return closedReader(el) ?? null;
  } catch {
    return null;
  }
}

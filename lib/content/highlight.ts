/**
 * "Montrer sur la page": scrolls to an element and outlines it. Only inline styles are touched,
 * and restored afterwards, so the page's own styles are left as they were.
 */
const OUTLINE_MS = 6_000;
const restoring = new WeakMap<HTMLElement, () => void>();

export function highlightElement(el: Element, setTimer: (cb: () => void, ms: number) => unknown = setTimeout): boolean {
  if (!el.isConnected) return false;
  el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'smooth' });
  const target = el as HTMLElement;
  if (!target.style) return true;
  restoring.get(target)?.();
  const previous = {
    outline: target.style.getPropertyValue('outline'),
    outlinePriority: target.style.getPropertyPriority('outline'),
    offset: target.style.getPropertyValue('outline-offset'),
    shadow: target.style.getPropertyValue('box-shadow'),
  };
  // Two colours, so the mark shows on light and dark pages alike.
  target.style.setProperty('outline', '4px solid #ffbf47', 'important');
  target.style.setProperty('outline-offset', '2px');
  target.style.setProperty('box-shadow', '0 0 0 8px #0b0c0c');
  target.setAttribute('data-vigie-highlight', '');
  const restore = () => {
    target.style.setProperty('outline', previous.outline, previous.outlinePriority);
    target.style.setProperty('outline-offset', previous.offset);
    target.style.setProperty('box-shadow', previous.shadow);
    target.removeAttribute('data-vigie-highlight');
    restoring.delete(target);
  };
  restoring.set(target, restore);
  setTimer(restore, OUTLINE_MS);
  return true;
}

/**
 * Short, human-readable element paths for evidence ("div#dydu-root > div.dydu-teaser").
 * Built from tag, id and two classes only: no layout read, and bounded in length.
 */
function label(el: Element): string {
  let out = el.localName || 'node';
  const id = el.getAttribute('id');
  if (id) out += `#${id.slice(0, 40)}`;
  const cls = el.getAttribute('class');
  if (cls) {
    for (const c of cls.trim().split(/\s+/).slice(0, 2)) if (c) out += `.${c.slice(0, 40)}`;
  }
  return out;
}

export function describeElement(el: Element, maxDepth = 3): string {
  const parts: string[] = [];
  let current: Element | null = el;
  while (current && parts.length < maxDepth) {
    parts.unshift(label(current));
    if (current.hasAttribute('id')) break;
    current = current.parentElement;
  }
  const path = parts.join(' > ');
  return path.length > 200 ? `…${path.slice(-199)}` : path;
}

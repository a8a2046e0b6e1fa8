import { textNodesWithHints, xpathAvailable } from './xpath';

/** A paragraph of the page, or a link (its text and absolute `href`). */
export type ContactSnippet = string | { text: string; href?: string };

// Link texts of the pages where administrations put their data-protection officer's address.
const PRIVACY_LINK_TEXT = /mentions l[ée]gales|donn[ée]es (?:personnelles|à caractère personnel)|protection des donn[ée]es|confidentialit[ée]|vie priv[ée]e|privacy|legal notice/i;
const DPO_HINTS = ['protection des donn', 'DPO', 'DPD', 'data protection officer'];
const MAX_LINKS = 800;
const MAX_SNIPPETS = 30;
const MAX_SNIPPET_CHARS = 1_500;
// Small blocks only: a page wrapper would turn the whole page into one snippet.
const BLOCKS = 'p, li, address, dd, dt, td, blockquote';

/**
 * Collects, once per page, the few pieces of text where a site shows how to reach its
 * data-protection officer: paragraphs with an e-mail link or the officer's title, and links to the
 * privacy or legal pages. The background reads them (lib/rights/dpo-contact.ts); nothing here
 * decides what is an address. Cheap: one query for links, one XPath query for the words.
 */
export function collectContactSnippets(doc: Document): ContactSnippet[] {
  const out: ContactSnippet[] = [];
  const seen = new Set<string>();
  const add = (snippet: ContactSnippet) => {
    const key = typeof snippet === 'string' ? snippet : `${snippet.text}\u0000${snippet.href ?? ''}`;
    if (out.length >= MAX_SNIPPETS || seen.has(key)) return;
    seen.add(key);
    out.push(snippet);
  };
  const blockText = (el: Element) => (el.closest(BLOCKS) ?? el).textContent?.replace(/\s+/g, ' ').trim().slice(0, MAX_SNIPPET_CHARS) ?? '';

  const links = doc.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const link = links[i]!;
    const href = link.getAttribute('href') ?? '';
    if (/^mailto:/i.test(href)) {
      // The link's own words decide whether it names the officer; its block is read as text,
      // where an address counts only next to the officer's title.
      add(blockText(link));
      add({ text: (link.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200), href: href.slice(0, 500) });
    }
    else if (href && PRIVACY_LINK_TEXT.test((link.textContent ?? '').slice(0, 200))) {
      add({ text: (link.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120), href: (link as HTMLAnchorElement).href.slice(0, 2048) });
    }
  }

  // The officer's title in the text: one native query, which finds nothing on most pages.
  const body = doc.body;
  if (body && xpathAvailable(doc)) {
    for (const node of textNodesWithHints(doc, body, DPO_HINTS, 20)) {
      const el = node.parentElement;
      if (el) add(blockText(el));
    }
  }
  return out;
}

import { extractDpoContact, findPrivacyPageLinks, type PageSnippet } from '../rights/dpo-contact';
import { pageContactsSchema, type PageContacts } from '../report/schema';

/**
 * The page's own contacts, from the snippets its content script sent: its data-protection
 * officer when one is written next to an address, and links to its privacy pages on the same
 * host (a link elsewhere could send the person anywhere).
 */
export function readPageContacts(pageUrl: string, snippets: readonly PageSnippet[]): PageContacts | undefined {
  let host: string;
  try {
    host = new URL(pageUrl).hostname;
  } catch {
    return undefined;
  }
  const dpo = extractDpoContact(snippets);
  const privacyLinks = findPrivacyPageLinks(snippets)
    .filter((link) => new URL(link.url).hostname === host)
    .slice(0, 5);
  if (!dpo && privacyLinks.length === 0) return undefined;
  // The page chose these strings: a value longer than the report allows is dropped, so that it
  // can never make the tab's whole state invalid.
  const full = pageContactsSchema.safeParse({ ...(dpo ? { dpo } : {}), privacyLinks });
  if (full.success) return full.data;
  const links = pageContactsSchema.shape.privacyLinks.safeParse(privacyLinks);
  return links.success && links.data.length > 0 ? { privacyLinks: links.data } : undefined;
}

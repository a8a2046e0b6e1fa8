import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The project's own legal review (docs/rights.md, « Révision juridique »): sections R1, R2…, each
 * with the texts it checked and their sources tagged [P] or [S]. Facts and contacts may rest on it
 * as they rest on the shared research; what it leaves "still uncertain" is not checked.
 */
const RIGHTS_DOC = readFileSync(resolve(__dirname, '../../../docs/rights.md'), 'utf8');
const start = RIGHTS_DOC.indexOf('## Révision juridique');
const end = RIGHTS_DOC.indexOf('**Still uncertain**', start);
/** The review's checked part (its sections, not the list of what stays uncertain). */
export const REVIEW_TEXT = start >= 0 ? RIGHTS_DOC.slice(start, end > start ? end : undefined) : '';

/** The text of section `R<n>`, or undefined. */
export function reviewSection(id: string): string | undefined {
  const heading = `### ${id} `;
  const at = REVIEW_TEXT.indexOf(heading);
  if (at < 0) return undefined;
  const next = REVIEW_TEXT.indexOf('\n### ', at + heading.length);
  return REVIEW_TEXT.slice(at, next < 0 ? undefined : next);
}

/** The tag written before `url` in a section: `[P] https://…`. */
export function reviewTagOf(section: string, url: string): 'P' | 'S' | undefined {
  const bare = url.replace(/^https?:\/\//u, '');
  for (const line of section.split('\n')) {
    const m = /^- \[(P|S)\] https?:\/\/(\S+)/u.exec(line);
    if (m && m[2] === bare) return m[1] as 'P' | 'S';
  }
  return undefined;
}

export const isReviewSection = (section: string) => /^R\d+$/u.test(section);

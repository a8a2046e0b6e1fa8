import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PageScanner } from '../../../lib/detect/scanner';
import type { DetectedFinding } from '../../../lib/detect/evaluate';
import { RULES } from '../../../lib/rules';
import type { RuleInput } from '../../../lib/rules/schema';

export const FIXTURE_DIR = resolve(__dirname, '../../fixtures/pages');

export { loadFixtures } from '../../fixtures/load-fixtures.mjs';

/** Parses HTML into an inert document (scripts are not run, nothing is fetched). */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** One first pass of the real scanner over a document, as the content script does. */
export function scanDocument(doc: Document, rules: readonly RuleInput[] = RULES): DetectedFinding[] {
  let out: DetectedFinding[] = [];
  const scanner = new PageScanner(doc, { rules, onFindings: (f) => (out = f) });
  scanner.start();
  scanner.stop();
  return out;
}

export function scanFixture(name: string): DetectedFinding[] {
  return scanDocument(parseHtml(readFileSync(resolve(FIXTURE_DIR, name), 'utf8')));
}

import type { Finding, FindingKind } from '../report/schema';
import { KIND_ORDER } from './labels';

/** Findings of one kind, as the popup shows them under one heading. */
export interface FindingGroup {
  kind: FindingKind;
  findings: Finding[];
}

/**
 * Groups findings by kind in `KIND_ORDER`, leaving out empty kinds. Inside a group, `detected`
 * comes before `possible` so that strong signals are read first; otherwise the report order stays.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return KIND_ORDER.map((kind) => ({
    kind,
    findings: findings
      .filter((finding) => finding.kind === kind)
      .sort((a, b) => Number(a.level === 'possible') - Number(b.level === 'possible')),
  })).filter((group) => group.findings.length > 0);
}

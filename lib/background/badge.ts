import type { FindingKind, Report } from '../report/schema';

export type GetMessage = (key: string, substitutions?: string | string[]) => string;

export interface Badge {
  text: string;
  title: string;
  color: string;
}

const KIND_KEYS: Record<FindingKind, string> = {
  'ai-chat': 'badge_kind_ai_chat',
  'decision-notice': 'badge_kind_decision_notice',
  'ai-content': 'badge_kind_ai_content',
  'missing-disclosure': 'badge_kind_missing_disclosure',
};

/**
 * Badge text and tooltip for a tab. The tooltip names what was found ("Vigie : 2 éléments —
 * assistant conversationnel (Dydu), décision algorithmique"), so the count is never the only clue.
 */
export function badgeFor(report: Report | null, t: GetMessage): Badge {
  const name = t('ext_name') || 'Vigie';
  if (!report) return { text: '', title: name, color: '#000091' };
  const count = report.findings.length;
  if (count === 0) return { text: '', title: t('badge_title_none') || name, color: '#000091' };
  const parts = report.findings.map((f) => {
    const kind = t(KIND_KEYS[f.kind]) || f.kind;
    return f.vendor ? `${kind} (${f.vendor})` : kind;
  });
  const list = [...new Set(parts)].join(', ');
  const title = t(count === 1 ? 'badge_title_one' : 'badge_title_many', [String(count), list]) || `${name}: ${count} — ${list}`;
  const detected = report.findings.some((f) => f.level === 'detected');
  return { text: count > 99 ? '99+' : String(count), title, color: detected ? '#000091' : '#6a6a6a' };
}

import { useTranslate } from '../lib/i18n/context';
import type { Finding } from '../lib/report/schema';
import { groupFindings } from '../lib/ui/group-findings';
import { KIND_HEADING_KEYS, KIND_NOTE_KEYS } from '../lib/ui/labels';
import { FindingItem } from './finding-item';

export interface FindingGroupsProps {
  findings: readonly Finding[];
  onShow?: (finding: Finding) => void;
}

/** One section (h2) per kind of finding present, each with its list of findings. */
export function FindingGroups({ findings, onShow }: FindingGroupsProps) {
  const t = useTranslate();
  return (
    <>
      {groupFindings(findings).map((group) => {
        const noteKey = KIND_NOTE_KEYS[group.kind];
        const headingId = `group-${group.kind}`;
        return (
          <section key={group.kind} class="finding-group" aria-labelledby={headingId} data-kind={group.kind}>
            <h2 id={headingId}>{t(KIND_HEADING_KEYS[group.kind])}</h2>
            {noteKey && <p class="group-note">{t(noteKey)}</p>}
            <ul class="findings">
              {group.findings.map((finding) => (
                <FindingItem key={finding.id} finding={finding} onShow={onShow} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

import type { FrameFinding } from '../messaging/protocol';
import { STRONG_WEIGHT } from '../rules/weights';
import type { CompiledRules } from './compile';
import { inQuotation, type Hit, type HitStore } from './collect';
import { AI_DISCLOSURE_PATTERN, MISSING_DISCLOSURE_RULE_ID } from '../rules/disclosure/ai-disclosure-phrases';
import { clip, normaliseText } from './normalise';
import { describeElement } from './describe';
import { readNotice } from './notice';

/**
 * Notices whose mention must hold the four elements of CRPA art. R. 311-3-1-1: the CRPA mention,
 * and a French administration's fully automated decision, which must carry that same mention
 * (loi Informatique et Libertés art. 47). The notice reader leaves them out for another
 * country's administration.
 */
const MENTION_RULE_IDS = new Set(['crpa-algorithmic-decision-mention', 'automated-decision-notice']);

export type DetectedFinding = FrameFinding & {
  /** The element to show for "Montrer sur la page"; absent when only scripts matched. */
  element?: Element;
  /** The chat's conversation panel, when seen. */
  panel?: Element;
};

const MAX_EVIDENCE = 12;
// Visible things first when choosing what to outline on the page.
const SHOW_PRIORITY: Record<Hit['type'], number> = {
  selector: 0,
  'iframe-src': 1,
  'attribute-text': 2,
  text: 3,
  'script-src': 9,
  'inline-script': 9,
  'json-ld': 9,
  meta: 9,
  'page-global': 9,
  attribute: 2,
};

/**
 * Combines a rule's matched signals into a level.
 *
 * The score is the noisy-OR of the matched signals' weights (each distinct signal counts once).
 * `detected` needs one strong signal (weight ≥ STRONG_WEIGHT), or at least two distinct signals
 * whose combined score reaches it; anything else that matched is `possible`. So a single weak
 * signal can never give `detected`, whatever its weight, by construction.
 */
export function levelFor(weights: readonly number[]): { level: 'detected' | 'possible'; score: number } {
  const score = 1 - weights.reduce((acc, w) => acc * (1 - w), 1);
  const strong = weights.some((w) => w >= STRONG_WEIGHT);
  // The epsilon absorbs floating-point error (1 - 0.5 × 0.4 is not exactly 0.8).
  const combined = weights.length >= 2 && score >= STRONG_WEIGHT - 1e-9;
  return { level: strong || combined ? 'detected' : 'possible', score: Math.round(score * 1000) / 1000 };
}

/** Turns accumulated hits into findings, one per rule that matched. */
export function evaluate(compiled: CompiledRules, store: HitStore): DetectedFinding[] {
  const findings: DetectedFinding[] = [];
  // Where the page's chats are: text inside one is the assistant speaking, not the page declaring.
  const chats = chatContainers(compiled, store);
  /** Words of a chat's own text that say it is an AI, by the chat element that holds them. */
  const saidInChat = new Map<Element, string>();
  compiled.rules.forEach((rule, ruleIndex) => {
    let groups = store.forRule(ruleIndex);
    if (groups.length === 0) return;
    // A declaration of AI content shown as a specimen or a quotation (a design system's example of
    // the label, its icon in a demo) is not the page's own; one inside a chat ("Réponses générées
    // par IA" in its title bar) is the assistant's own disclosure, reported on the chat.
    if (rule.kind === 'ai-content') {
      groups = groups
        .map((g) =>
          g.filter((h) => {
            if (!h.element) return true;
            const chat = chats.find((c) => safely(() => composedContains(c, h.element!)));
            if (chat) {
              if (!saidInChat.has(chat)) saidInChat.set(chat, h.matched);
              return false;
            }
            return !safely(() => inQuotation(h.element!));
          }),
        )
        .filter((g) => g.length > 0);
      if (groups.length === 0) return;
    }
    let vendor = rule.vendor;
    if (rule.vendorFromCapture) {
      // Keep only hits whose capture names a product the rule knows (e.g. chat services, not analytics).
      const names = rule.vendorFromCapture;
      groups = groups.map((g) => g.filter((h) => h.capture !== undefined && Object.hasOwn(names, h.capture))).filter((g) => g.length > 0);
      if (groups.length === 0) return;
      vendor = [...new Set(groups.flat().map((h) => names[h.capture!]!))].join(', ');
    }
    const { level, score } = levelFor(groups.map((g) => g[0]!.weight));
    // Two signals often match the same words: show each quote and place once.
    const seen = new Set<string>();
    const hits = groups
      .flat()
      .sort((a, b) => b.weight - a.weight)
      .filter((h) => {
        const key = `${h.matched}\u0000${h.where}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    const shown = [...hits].filter((h) => h.element).sort((a, b) => SHOW_PRIORITY[a.type] - SHOW_PRIORITY[b.type])[0];
    // Only held-back scripts (waiting for consent) matched: the chat is announced, not loaded.
    const heldBack = hits.every((h) => h.declared);
    // Looked for before evidence is deduplicated: a panel selector often matches the same element as another.
    // A panel inside a hidden subtree is not on screen yet: nothing is shown to the person.
    const panel = groups.flat().find((h) => h.panel && h.element?.isConnected && !h.element.closest('[hidden], [aria-hidden="true"]'))?.element;
    let disclosure = rule.kind === 'ai-chat' && rule.chatKind !== 'live_chat' && panel ? findDisclosure(panel) : undefined;
    if (rule.kind === 'ai-chat' && !disclosure?.found) {
      const said = [...saidInChat].find(([chat]) => hits.some((h) => h.element === chat))?.[1];
      if (said) disclosure = { found: true, matched: clip(said, 60) };
    }
    // A notice is read from its strongest words: for the CRPA mention, the sentence of the law.
    const anchor = rule.kind === 'decision-notice' ? hits.find((h) => h.element?.isConnected)?.element : undefined;
    const notice = anchor ? safely(() => readNotice(anchor, MENTION_RULE_IDS.has(rule.id))) : undefined;
    findings.push({
      kind: rule.kind,
      ruleId: rule.id,
      level,
      ...(vendor ? { vendor } : {}),
      ...(rule.chatKind ? { chatKind: rule.chatKind } : {}),
      ...(disclosure ? { disclosure } : {}),
      ...(notice ? { notice } : {}),
      ...(rule.scope ? { scope: rule.scope } : {}),
      ...(panel ? { panel } : {}),
      state: heldBack ? 'declared' : (rule.state ?? 'present'),
      score,
      evidence: hits.slice(0, MAX_EVIDENCE).map((h) => ({ signal: h.type, matched: h.matched, where: h.where })),
      legalRefs: rule.legalRefs ?? [],
      element: shown?.element,
    });
  });
  const kept = dropHeuristicsExplainedByVendor(compiled, dropDeclaredWhenPresent(findings));
  return [...kept, ...missingDisclosures(kept)];
}

/** The elements where the page's chats were seen (their widget, launcher or panel), in page order. */
function chatContainers(compiled: CompiledRules, store: HitStore): Element[] {
  const out: Element[] = [];
  compiled.rules.forEach((rule, ruleIndex) => {
    if (rule.kind !== 'ai-chat') return;
    for (const h of store.forRule(ruleIndex).flat()) if (h.element?.isConnected && (h.type === 'selector' || h.type === 'iframe-src')) out.push(h.element);
  });
  return out;
}

/** Whether `el` is `container` or inside it, open shadow roots included. */
function composedContains(container: Element, el: Element): boolean {
  for (let node: Node | null = el; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node === container) return true;
  }
  return false;
}

/** A hostile DOM must not break a whole evaluation for one optional detail. */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

const DISCLOSURE = new RegExp(AI_DISCLOSURE_PATTERN, 'u');

/**
 * Looks in a chat's conversation panel (its text and accessible names, its open shadow root
 * included) for words saying it is an automated or AI system.
 */
export function findDisclosure(panel: Element): { found: boolean; matched?: string } {
  const parts: string[] = [panel.textContent ?? ''];
  if (panel.shadowRoot) parts.push(panel.shadowRoot.textContent ?? '');
  const named = [panel, ...panel.querySelectorAll('[aria-label], [title], [alt]')].slice(0, 200);
  for (const el of named) for (const a of ['aria-label', 'title', 'alt']) parts.push(el.getAttribute(a) ?? '');
  const text = normaliseText(parts.join(' \n ').slice(0, 50_000));
  const m = DISCLOSURE.exec(text);
  return m ? { found: true, matched: clip(m[0], 60) } : { found: false };
}

/**
 * A bot's panel is on screen and says nowhere that it is a bot or an AI: an observation, at
 * `possible` level (the mention may be elsewhere, or spoken by the first message later).
 */
function missingDisclosures(findings: DetectedFinding[]): DetectedFinding[] {
  return findings
    // Only for a chat Vigie is sure of: an observation on a mere guess would be unfair.
    .filter((f) => f.level === 'detected' && f.disclosure && !f.disclosure.found)
    .map((f) => {
      const panel = f.panel;
      return {
        kind: 'missing-disclosure' as const,
        ruleId: MISSING_DISCLOSURE_RULE_ID,
        level: 'possible' as const,
        ...(f.vendor ? { vendor: f.vendor } : {}),
        ...(f.chatKind ? { chatKind: f.chatKind } : {}),
        state: 'present' as const,
        score: 0.5,
        evidence: [
          {
            signal: 'selector' as const,
            // What was read, so a person can check the observation themselves.
            matched: clip(panel?.getAttribute('aria-label') || panel?.textContent || f.ruleId, 100),
            where: panel ? describeElement(panel) : f.evidence[0]!.where,
          },
        ],
        legalRefs: ['AI Act art. 50(1)'],
        element: panel,
      };
    });
}

/** The clues of an unbranded-assistant heuristic are usually the known widget's own launcher. */
function dropHeuristicsExplainedByVendor(compiled: CompiledRules, findings: DetectedFinding[]): DetectedFinding[] {
  const vendorChat = findings.some((f) => f.kind === 'ai-chat' && f.vendor && f.state !== 'declared');
  if (!vendorChat) return findings;
  const yielding = new Set(compiled.rules.filter((r) => r.yieldsToVendorChat).map((r) => r.id));
  return findings.filter((f) => !yielding.has(f.ruleId));
}

/** A chat announced in a consent manager and also loaded is reported once, as present. */
function dropDeclaredWhenPresent(findings: DetectedFinding[]): DetectedFinding[] {
  const present = new Set(findings.filter((f) => f.state !== 'declared' && f.vendor).map((f) => f.vendor!.toLowerCase()));
  const out: DetectedFinding[] = [];
  for (const f of findings) {
    if (f.state !== 'declared' || !f.vendor) {
      out.push(f);
      continue;
    }
    const remaining = f.vendor.split(', ').filter((v) => !present.has(v.toLowerCase()));
    if (remaining.length > 0) out.push({ ...f, vendor: remaining.join(', ') });
  }
  return out;
}

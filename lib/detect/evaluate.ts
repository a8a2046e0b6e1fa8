import type { FrameFinding } from '../messaging/protocol';
import type { Disclosure } from '../report/schema';
import { STRONG_WEIGHT } from '../rules/weights';
import type { CompiledRules } from './compile';
import { inQuotation, type Hit, type HitStore } from './collect';
import { MISSING_DISCLOSURE_RULE_ID } from '../rules/disclosure/ai-disclosure-phrases';
import { answeredByPerson, assistantScreen, besideChat, chatRoot, composedContains, inClosedConversation, isShown, readChatDisclosure } from './chat-disclosure';
import { clip } from './normalise';
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
  /** A chat's panels whose opening would change what it is seen to say of itself. */
  watch?: Element[];
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

/**
 * The weights of a rule's matched signals, each piece of the page counted once: two signals that
 * match the same words in the same place ("le montant est calculé par un traitement automatisé"
 * read by two wordings of one notice) are one clue, worth the stronger of the two.
 */
function distinctEvidence(groups: readonly Hit[][]): number[] {
  const kept: Hit[] = [];
  for (const h of groups.map((g) => g[0]!).sort((a, b) => b.weight - a.weight)) {
    const same = kept.some((k) => k.where === h.where && k.element === h.element && (k.matched.includes(h.matched) || h.matched.includes(k.matched)));
    if (!same) kept.push(h);
  }
  return kept.map((h) => h.weight);
}

/** Turns accumulated hits into findings, one per rule that matched. */
export function evaluate(compiled: CompiledRules, store: HitStore): DetectedFinding[] {
  const findings: DetectedFinding[] = [];
  // Where the page's chats are: text inside one is the assistant speaking, not the page declaring.
  const chats = chatContainers(compiled, store);
  /** Words of a chat's own text that say it is an AI, by the chat element that holds them. */
  const saidInChat = new Map<Element, { matched: string; where: string }>();
  // A declaration of AI content shown as a specimen or a quotation (a design system's example of
  // the label, its icon in a demo) is not the page's own; one inside a chat ("Réponses générées
  // par IA" in its title bar) or beside it is the assistant's own disclosure, reported on the
  // chat. Read before the chats are, whatever the rules' order.
  const pageDeclarations = new Map<number, Hit[][]>();
  // With no chat found, an assistant's own notice on a first screen ("Commencer") is that assistant.
  const firstScreen = chats.length === 0 ? firstAssistantScreen(compiled, store) : undefined;
  compiled.rules.forEach((rule, ruleIndex) => {
    if (rule.kind !== 'ai-content') return;
    const groups = store
      .forRule(ruleIndex)
      .map((g) =>
        g.filter((h) => {
          if (!h.element) return true;
          // The screen's words are the assistant's, whichever rule read them ("Réponses générées
          // par une intelligence artificielle" is also a label's wording).
          if (firstScreen && safely(() => isShown(h.element!) && !inQuotation(h.element!))) {
            // Any assistant screen's own notice, as before; other rules' words only on the first.
            if (rule.assistantNotice ? safely(() => assistantScreen(h.element!)) : safely(() => composedContains(firstScreen.screen, h.element!))) return false;
          }
          const chat = chats.find((c) => safely(() => composedContains(c, h.element!))) ?? chats.find((c) => safely(() => besideChat(c, h.element!)));
          if (chat) {
            // Only words on screen: those of a window kept closed are read with it, as what it will
            // say once opened, and a hidden tooltip is not seen.
            if (!saidInChat.has(chat) && safely(() => isShown(h.element!))) saidInChat.set(chat, { matched: clip(h.matched, 60), where: h.where });
            return false;
          }
          return !safely(() => inQuotation(h.element!) || inClosedConversation(h.element!));
        }),
      )
      .filter((g) => g.length > 0);
    pageDeclarations.set(ruleIndex, groups);
  });
  compiled.rules.forEach((rule, ruleIndex) => {
    let groups = rule.kind === 'ai-content' ? (pageDeclarations.get(ruleIndex) ?? []) : store.forRule(ruleIndex);
    if (groups.length === 0) return;
    let vendor = rule.vendor;
    if (rule.vendorFromCapture) {
      // Keep only hits whose capture names a product the rule knows (e.g. chat services, not analytics).
      const names = rule.vendorFromCapture;
      groups = groups.map((g) => g.filter((h) => h.capture !== undefined && Object.hasOwn(names, h.capture))).filter((g) => g.length > 0);
      if (groups.length === 0) return;
      vendor = [...new Set(groups.flat().map((h) => names[h.capture!]!))].join(', ');
    }
    // Supporting clues place a conversation; they do not add to the others' weight.
    const weighed = groups.filter((g) => !g[0]!.supporting);
    const levelled = levelFor(distinctEvidence(weighed.length ? weighed : groups));
    const score = levelled.score;
    let level = levelled.level;
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
    const panels = [...new Set(groups.flat().filter((h) => h.panel && h.element?.isConnected).map((h) => h.element!))];
    const panel = panels.find((p) => !p.closest('[hidden], [aria-hidden="true"]'));
    let disclosure: Disclosure | undefined;
    if (rule.kind === 'ai-chat' && rule.chatKind !== 'live_chat') {
      const elements = hits.filter((h) => h.element?.isConnected).map((h) => (h.type === 'text' || h.type === 'attribute-text' ? (chatRoot(h.element!) ?? h.element!) : h.element!));
      const said = [...saidInChat].find(([chat]) => elements.some((el) => composedContains(el, chat) || composedContains(chat, el)))?.[1];
      disclosure = safely(() => readChatDisclosure(elements, panels, said));
      // An assistant known only by its shape, whose window says that an adviser answers and says
      // nothing of a program: a live chat with staff.
      if (rule.yieldsToVendorChat && disclosure?.matched === undefined && safely(() => answeredByPerson(elements, panels))) return;
    }
    // Only supporting clues (a message log beside a field): a conversation, not yet an assistant,
    // unless it says itself that it is an AI, now or in its window once opened.
    if (hits.every((h) => h.supporting) && !saysItIsAnAi(disclosure)) return;
    // An assistant known only by its shape is a guess, until it says itself that it is an AI.
    if (rule.yieldsToVendorChat && disclosure?.state === 'explicit') level = 'detected';
    // A notice is read from its strongest words: for the CRPA mention, the sentence of the law.
    const anchorHit = rule.kind === 'decision-notice' ? hits.find((h) => h.element?.isConnected) : undefined;
    const also = anchorHit ? hits.filter((h) => h !== anchorHit && h.type === 'text' && h.element?.isConnected).map((h) => ({ element: h.element!, matched: h.matched })) : [];
    const notice = anchorHit ? safely(() => readNotice(anchorHit.element!, MENTION_RULE_IDS.has(rule.id), anchorHit.type === 'text' ? anchorHit.matched : undefined, also)) : undefined;
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
      ...(disclosure && disclosure.state !== 'explicit' && panels.length ? { watch: panels } : {}),
      state: heldBack ? 'declared' : (rule.state ?? 'present'),
      score,
      evidence: hits.slice(0, MAX_EVIDENCE).map((h) => ({ signal: h.type, matched: h.matched, where: h.where })),
      legalRefs: rule.legalRefs ?? [],
      element: shown?.element,
    });
  });
  if (firstScreen && !findings.some((f) => f.kind === 'ai-chat')) {
    const finding = firstScreenAssistant(compiled, firstScreen.screen, firstScreen.hit);
    if (finding) findings.push(finding);
  }
  const kept = dropHeuristicsExplainedByVendor(compiled, dropDeclaredWhenPresent(findings));
  return [...kept, ...missingDisclosures(kept)];
}

/** The first assistant screen an assistant's own notice stands in, shown and not quoted. */
function firstAssistantScreen(compiled: CompiledRules, store: HitStore): { screen: Element; hit: Hit } | undefined {
  for (const [ruleIndex, rule] of compiled.rules.entries()) {
    if (rule.kind !== 'ai-content' || !rule.assistantNotice) continue;
    for (const h of store.forRule(ruleIndex).flat()) {
      if (!h.element || safely(() => inQuotation(h.element!)) || !safely(() => isShown(h.element!))) continue;
      const screen = safely(() => assistantScreen(h.element!));
      if (screen) return { screen, hit: h };
    }
  }
  return undefined;
}

/**
 * An assistant seen only through its first screen, which says that it is an AI before the
 * conversation starts: reported by the heuristic assistant rule, as a guess (its shape is not
 * read), with those words as its disclosure.
 */
function firstScreenAssistant(compiled: CompiledRules, screen: Element, hit: Hit): DetectedFinding | undefined {
  const rule = compiled.rules.find((r) => r.kind === 'ai-chat' && r.yieldsToVendorChat);
  if (!rule) return undefined;
  const matched = clip(hit.matched, 60);
  return {
    kind: 'ai-chat',
    ruleId: rule.id,
    level: 'possible',
    ...(rule.chatKind ? { chatKind: rule.chatKind } : {}),
    disclosure: { found: true, state: 'explicit', matched, where: hit.where },
    state: 'present',
    score: hit.weight,
    evidence: [{ signal: hit.type, matched: hit.matched, where: hit.where }],
    legalRefs: rule.legalRefs ?? [],
    element: screen,
  };
}

/** The elements where the page's chats were seen (their widget, launcher or panel), in page order. */
function chatContainers(compiled: CompiledRules, store: HitStore): Element[] {
  const out: Element[] = [];
  compiled.rules.forEach((rule, ruleIndex) => {
    if (rule.kind !== 'ai-chat') return;
    for (const h of store.forRule(ruleIndex).flat()) {
      if (!h.element?.isConnected) continue;
      if (h.type === 'selector' || h.type === 'iframe-src') out.push(h.element);
      // A greeting or a heading of an in-house assistant: the panel or region that holds it.
      else if (h.type === 'text' || h.type === 'attribute-text') {
        const root = chatRoot(h.element);
        if (root) out.push(root);
      }
    }
  });
  return out;
}

/** The chat's own words say it is an AI: shown, or in its window kept closed (read hidden). */
function saysItIsAnAi(disclosure: Disclosure | undefined): boolean {
  return disclosure?.state === 'explicit' || (disclosure?.state === 'not-checkable' && disclosure.matched !== undefined);
}

/** A hostile DOM must not break a whole evaluation for one optional detail. */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * A bot's panel is on screen (or in the page, closed) and does not say it is an AI: an observation,
 * at `possible` level (the words may be elsewhere, or come with its first message). When it calls
 * itself a virtual assistant or a chatbot, those words are the evidence: the person sees that it
 * presents itself as a program without saying it is an AI.
 */
function missingDisclosures(findings: DetectedFinding[]): DetectedFinding[] {
  return findings
    // Only for a chat Vigie is sure of: an observation on a mere guess would be unfair.
    .filter((f) => f.level === 'detected' && (f.disclosure?.state === 'none' || f.disclosure?.state === 'self-described'))
    .map((f) => {
      const panel = f.panel;
      const d = f.disclosure!;
      return {
        kind: 'missing-disclosure' as const,
        ruleId: MISSING_DISCLOSURE_RULE_ID,
        level: 'possible' as const,
        ...(f.vendor ? { vendor: f.vendor } : {}),
        ...(f.chatKind ? { chatKind: f.chatKind } : {}),
        disclosure: d,
        state: 'present' as const,
        score: 0.5,
        evidence: [
          {
            signal: 'selector' as const,
            // What was read, so a person can check the observation themselves.
            matched: d.matched ?? clip(panel?.getAttribute('aria-label') || panel?.textContent || f.ruleId, 100),
            where: d.where ?? (panel ? describeElement(panel) : f.evidence[0]!.where),
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

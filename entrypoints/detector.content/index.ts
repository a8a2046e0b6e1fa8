import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageScanner } from '../../lib/detect/scanner';
import { collectContactSnippets, type ContactSnippet } from '../../lib/detect/page-contacts';
import { clip } from '../../lib/detect/normalise';
import type { DetectedFinding } from '../../lib/detect/evaluate';
import { isHighlightElementMessage } from '../../lib/messaging/content-protocol';
import type { ReportFindingsMessage } from '../../lib/messaging/protocol';
import { RULES } from '../../lib/rules';
import { highlightElement } from '../../lib/content/highlight';
import { nationalServiceMatchPatterns } from '../../lib/sites/national-hosts';
import { isSiteDisabled } from '../../lib/sites/site-key';
import { SETTINGS_KEY } from '../../lib/storage/settings-key';
import { ASK_GLOBALS_EVENT, PAGE_GLOBALS_EVENT, PAGE_GLOBAL_NAMES } from '../../lib/rules/page-global-names';
import { parsePageGlobals } from '../../lib/messaging/content-protocol';
import { readClosedShadowRoots, type ClosedShadowReader } from '../../lib/detect/shadow-roots';

export default defineContentScript({
  // Declared only on the main national public-service hosts; elsewhere the background injects
  // this same file on a click (activeTab) or, after opt-in, on public-sector hosts.
  matches: nationalServiceMatchPatterns(),
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    // Errors stay here: a detector must never break the page it reads.
    run(ctx).catch(() => undefined);
  },
});

type Trigger = ReportFindingsMessage['scan']['trigger'];

async function run(ctx: ContentScriptContext): Promise<void> {
  if (!(document instanceof Document) || !document.documentElement || document.documentElement.localName !== 'html') return;
  const holder = globalThis as { __vigieTrigger?: Trigger };
  const trigger: Trigger = holder.__vigieTrigger ?? 'static';
  delete holder.__vigieTrigger;

  const stored = await browser.storage.local.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  if (isSiteDisabled((stored as Record<string, unknown>)[SETTINGS_KEY], location.href) || ctx.isInvalid) return;

  const isTop = window === window.top;
  let sentNonEmpty = false;
  // A page's contacts are read once per address (a single-page app may change it).
  let contactsSentFor: string | undefined;
  const send = (findings: DetectedFinding[], state: { durationMs: number; truncated: boolean }) => {
    // Sub-frames (ads, maps, videos) stay silent until they have something to say.
    if (!isTop && findings.length === 0 && !sentNonEmpty) return;
    sentNonEmpty ||= findings.length > 0;
    const message: ReportFindingsMessage = {
      type: 'reportFindings',
      url: location.href,
      findings: findings.map(({ element: _element, panel: _panel, watch: _watch, ...rest }) => rest),
      scan: { trigger, durationMs: state.durationMs, truncated: state.truncated },
    };
    // Sent with the first report of each address only: the background keeps them for that address.
    if (isTop && contactsSentFor !== location.href) {
      message.contactSnippets = safeContactSnippets();
      contactsSentFor = location.href;
    }
    browser.runtime.sendMessage(message).catch(() => undefined);
  };

  readClosedShadowRoots(closedShadowReader());
  const scanner = new PageScanner(document, {
    rules: RULES,
    wherePrefix: isTop ? '' : `frame(${clip(location.href, 80)}) › `,
    requestIdle: (callback) => ctx.requestIdleCallback(() => callback(), { timeout: 1_000 }),
    setTimer: (callback, ms) => ctx.setTimeout(callback, ms),
    clearTimer: (handle) => clearTimeout(handle as number),
    onFindings: send,
  });

  const onMessage = (message: unknown) => {
    if (!isHighlightElementMessage(message)) return undefined;
    const el = scanner.elementFor(message.ruleId);
    return Promise.resolve({ shown: el ? highlightElement(el, (cb, ms) => ctx.setTimeout(cb, ms)) : false });
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    scanner.stop();
    browser.runtime.onMessage.removeListener(onMessage);
  });
  // Single-page apps change the URL without a reload: the old findings may no longer apply.
  ctx.addEventListener(window, 'wxt:locationchange', () => scanner.rescan());
  // Chats often build their panel when the person clicks: watch again then.
  ctx.addEventListener(document, 'click', () => scanner.rearm(), { capture: true, passive: true });
  ctx.addEventListener(document, 'keydown', () => scanner.rearm(), { capture: true, passive: true });
  scanner.start();
  listenToPageGlobals(ctx, scanner);
}

/**
 * Page globals (window.$crisp…) live in the page's world. Firefox lets the content script read
 * them through Xray; Chromium gets them from the page-world script as a list of names, which the
 * page could forge: the list is validated, filtered to known names, and only ever weak evidence.
 */
function listenToPageGlobals(ctx: ContentScriptContext, scanner: PageScanner): void {
  if (PAGE_GLOBAL_NAMES.length === 0) return;
  const page = (window as unknown as { wrappedJSObject?: Record<string, unknown> }).wrappedJSObject;
  if (page) {
    const read = () => scanner.addPageGlobals(PAGE_GLOBAL_NAMES.filter((n) => page[n] !== undefined));
    read();
    ctx.setTimeout(read, 3_000);
    return;
  }
  ctx.addEventListener(document, PAGE_GLOBALS_EVENT as 'click', (event) => {
    const names = parsePageGlobals((event as unknown as CustomEvent).detail);
    if (names) scanner.addPageGlobals(names.filter((n) => PAGE_GLOBAL_NAMES.includes(n)));
  });
  document.dispatchEvent(new CustomEvent(ASK_GLOBALS_EVENT));
}

/** A malformed page must not stop the report: its contacts are simply not read. */
function safeContactSnippets(): ContactSnippet[] {
  try {
    return collectContactSnippets(document);
  } catch {
    return [];
  }
}

/**
 * A widget may attach its shadow root `closed`; a content script can still read it, through
 * Chromium's `chrome.dom.openOrClosedShadowRoot` or Firefox's `Element.openOrClosedShadowRoot`
 * (no permission needed for either). Read only, like any other part of the page.
 */
function closedShadowReader(): ClosedShadowReader | undefined {
  const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (el: HTMLElement) => ShadowRoot | null } } }).chrome?.dom;
  if (typeof dom?.openOrClosedShadowRoot === 'function') {
    const read = dom.openOrClosedShadowRoot.bind(dom);
    return (el) => (el instanceof HTMLElement ? read(el) : null);
  }
  const firefox = document.documentElement as Element & { openOrClosedShadowRoot?: () => ShadowRoot | null };
  if (typeof firefox.openOrClosedShadowRoot === 'function') return (el) => (el as Element & { openOrClosedShadowRoot: () => ShadowRoot | null }).openOrClosedShadowRoot();
  return undefined;
}

import { browser, type Browser } from 'wxt/browser';
import type { z } from 'zod';
import { extensionMessageSchema, reportFindingsMessageSchema, type ScanImagesResponse, type ShowFindingResponse } from '../messaging/protocol';
import { reportSchema, type Report } from '../report/schema';
import { classifyPublicService, parseHostList } from '../sites/public-service';
import { matchNationalDomain } from '../sites/national-hosts';
import { siteKey } from '../sites/site-key';
import { readSettings, SETTINGS_KEY, type Settings } from '../storage/settings';
import { applyFrameUpdate, buildReport, tabStateSchema, type TabState } from './tab-state';
import { badgeFor } from './badge';
import { createImageScanner, type ImageScanner } from './images';
import { readPageContacts } from './page-contacts';

/** Path of the content script in the built extension (entrypoints/detector.content). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/detector.js';
const PAGE_GLOBALS_FILE = '/content-scripts/page-globals.js';
const HOST_LIST_PATH = '/data/public-sector-hosts.json';
/** How long `scanTab` waits for the top frame's first report. */
const SCAN_TIMEOUT_MS = 4_000;

export interface BackgroundDeps {
  /** Loads the public-sector host list; the default reads the packaged JSON file. */
  loadHostList?: () => Promise<unknown>;
  now?: () => Date;
  /** Reads the page's own images on request; tests pass one with a fake `fetch`. */
  imageScanner?: ImageScanner;
}

const tabKey = (tabId: number) => `tab:${tabId}`;

type ParsedReportFindings = z.output<typeof reportFindingsMessageSchema>;

export function createBackground(deps: BackgroundDeps = {}) {
  const now = deps.now ?? (() => new Date());
  let hostList: Promise<Set<string>> | undefined;
  const waiting = new Map<number, Array<() => void>>();
  // Updates of one tab are applied one after the other: frames report at the same time.
  const queues = new Map<number, Promise<unknown>>();
  const imageScanner = deps.imageScanner ?? createImageScanner();

  function loadHosts(): Promise<Set<string>> {
    hostList ??= (deps.loadHostList ?? defaultLoadHostList)()
      .then(parseHostList)
      .catch(() => new Set<string>());
    return hostList;
  }

  async function getSettings(): Promise<Settings> {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    const { settings, repaired } = readSettings(stored[SETTINGS_KEY]);
    if (repaired) await browser.storage.local.set({ [SETTINGS_KEY]: settings });
    return settings;
  }

  async function readTabState(tabId: number): Promise<TabState | undefined> {
    const stored = await browser.storage.session.get(tabKey(tabId));
    const parsed = tabStateSchema.safeParse(stored[tabKey(tabId)]);
    return parsed.success ? parsed.data : undefined;
  }

  async function getReport(tabId: number): Promise<Report | null> {
    const state = await readTabState(tabId);
    return state ? reportFor(state) : null;
  }

  async function reportFor(state: TabState): Promise<Report> {
    const [hosts, settings] = await Promise.all([loadHosts(), getSettings()]);
    const report = buildReport(state, classifyPublicService(state.url, { publicSectorHosts: hosts, extraSites: settings.extraSites }));
    return reportSchema.parse(report);
  }

  async function updateBadge(tabId: number, report: Report | null): Promise<void> {
    const action = browser.action ?? browser.browserAction;
    // Keys are checked by the i18n test; WXT types getMessage against the locale files it last saw.
    const getMessage = browser.i18n.getMessage as unknown as (key: string, subs?: string | string[]) => string;
    const badge = badgeFor(report, (key, subs) => getMessage(key, subs));
    try {
      await action.setBadgeText({ tabId, text: badge.text });
      await action.setTitle({ tabId, title: badge.title });
      if (badge.text) await action.setBadgeBackgroundColor({ tabId, color: badge.color });
    } catch {
      // The tab may have closed meanwhile.
    }
  }

  function serial<T>(tabId: number, task: () => Promise<T>): Promise<T> {
    const previous = queues.get(tabId) ?? Promise.resolve();
    const next = previous.then(task, task);
    queues.set(tabId, next.catch(() => undefined));
    return next;
  }

  /** `msg` was parsed by handleMessage; the badge is computed from the state just written. */
  async function onReportFindings(msg: ParsedReportFindings, tabId: number, frameId: number): Promise<void> {
    await serial(tabId, async () => {
      const previous = await readTabState(tabId);
      const pageContacts = frameId === 0 && msg.contactSnippets ? readPageContacts(msg.url, msg.contactSnippets) : undefined;
      const state = applyFrameUpdate(previous, { frameId, url: msg.url, findings: msg.findings, scan: msg.scan, now: now(), pageContacts });
      await browser.storage.session.set({ [tabKey(tabId)]: state });
      await updateBadge(tabId, await reportFor(state));
    });
    if (frameId === 0) {
      for (const resolve of waiting.get(tabId) ?? []) resolve();
      waiting.delete(tabId);
    }
  }

  async function clearTab(tabId: number): Promise<void> {
    await serial(tabId, async () => {
      await browser.storage.session.remove(tabKey(tabId));
      await updateBadge(tabId, null);
    });
  }

  /** Resolves at the tab's next top-frame report or after `timeoutMs`; `cancel` drops the wait. */
  function waitForTopReport(tabId: number, timeoutMs: number): { done: Promise<void>; cancel: () => void } {
    let cancel = () => undefined as void;
    const done = new Promise<void>((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        const list = waiting.get(tabId)?.filter((f) => f !== finish) ?? [];
        if (list.length > 0) waiting.set(tabId, list);
        else waiting.delete(tabId);
        resolve();
      };
      const timer = setTimeout(finish, timeoutMs);
      waiting.set(tabId, [...(waiting.get(tabId) ?? []), finish]);
      cancel = finish;
    });
    return { done, cancel };
  }

  async function inject(tabId: number, trigger: 'on-demand' | 'auto'): Promise<boolean> {
    try {
      // Tells the script how it was started; it runs in the same isolated world just after.
      await browser.scripting.executeScript({
        target: { tabId, allFrames: true },
        func: (t: string) => {
          (globalThis as { __vigieTrigger?: string }).__vigieTrigger = t;
        },
        args: [trigger],
      });
      await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
      // The page-world helper exists in the Chromium build only (Firefox reads globals through Xray).
      if (import.meta.env.BROWSER !== 'firefox') {
        await browser.scripting
          .executeScript({ target: { tabId, allFrames: true }, files: [PAGE_GLOBALS_FILE as typeof CONTENT_SCRIPT_FILE], world: 'MAIN' })
          .catch(() => undefined);
      }
      return true;
    } catch {
      return false; // Not allowed here (browser pages, stores, PDF viewer) or the tab went away.
    }
  }

  /** Click on the toolbar icon: analyse the tab now, through activeTab. */
  async function scanTab(tabId: number): Promise<Report | null> {
    const wait = waitForTopReport(tabId, SCAN_TIMEOUT_MS);
    if (!(await inject(tabId, 'on-demand'))) {
      wait.cancel();
      return getReport(tabId);
    }
    await wait.done;
    return getReport(tabId);
  }

  async function showFinding(tabId: number, findingId: string): Promise<ShowFindingResponse> {
    const report = await getReport(tabId);
    const finding = report?.findings.find((f) => f.id === findingId);
    if (!finding) return { shown: false };
    try {
      const answer = await browser.tabs.sendMessage(
        tabId,
        { type: 'highlightElement', ruleId: finding.ruleId },
        { frameId: finding.frameId },
      );
      return { shown: typeof answer === 'object' && answer !== null && (answer as { shown?: unknown }).shown === true };
    } catch {
      return { shown: false };
    }
  }

  /**
   * "Vérifier les images": reads the page's own images and keeps what they declare in the tab
   * state, so that `getReport` includes it until the page changes. Throws when the page cannot
   * be reached (no access, browser page).
   */
  async function scanImages(tabId: number): Promise<ScanImagesResponse> {
    const result = await imageScanner.scanTab(tabId);
    const withoutHash = (url: string) => url.split('#')[0];
    return serial(tabId, async () => {
      const previous = await readTabState(tabId);
      // Images of another page than the one the state describes (navigation meanwhile) are not kept.
      if (!previous || withoutHash(previous.url) !== withoutHash(result.href)) {
        return { report: previous ? await reportFor(previous) : null, summary: result.summary };
      }
      const state: TabState = { ...previous, images: { findings: result.findings, summary: result.summary } };
      await browser.storage.session.set({ [tabKey(tabId)]: state });
      const report = await reportFor(state);
      await updateBadge(tabId, report);
      return { report, summary: result.summary };
    });
  }

  /** Routes one message. Anything that does not match the protocol is refused. */
  async function handleMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
    const parsed = extensionMessageSchema.safeParse(raw);
    if (!parsed.success) return { error: 'invalid-message' };
    const msg = parsed.data;
    switch (msg.type) {
      case 'reportFindings': {
        const tabId = sender.tab?.id;
        if (tabId === undefined || tabId < 0) return { error: 'no-tab' };
        await onReportFindings(msg, tabId, sender.frameId ?? 0);
        return { ok: true };
      }
      case 'getReport':
        return getReport(msg.tabId);
      case 'scanTab':
        return scanTab(msg.tabId);
      case 'showFinding':
        return showFinding(msg.tabId, msg.findingId);
      case 'scanImages':
        return scanImages(msg.tabId);
    }
  }

  /** Opt-in automatic analysis of public-sector hosts not covered by the static declaration. */
  async function maybeAutoScan(tabId: number, url: string): Promise<void> {
    const host = siteKey(url);
    if (!host || matchNationalDomain(host)) return;
    const settings = await getSettings();
    if (settings.disabledSites.includes(host)) return;
    const listed = settings.extraSites.includes(host) || (settings.autoScanPublicSector && (await loadHosts()).has(host));
    if (!listed) return;
    const origin = new URL(url).origin;
    if (!(await browser.permissions.contains({ origins: [`${origin}/*`] }))) return;
    await inject(tabId, 'auto');
  }

  function register(): void {
    browser.runtime.onMessage.addListener((msg: unknown, sender: Browser.runtime.MessageSender, sendResponse?: (r: unknown) => void) => {
      const response = handleMessage(msg, sender).catch(() => ({ error: 'internal' }));
      // The polyfill and fake-browser 1.x read a returned promise; native APIs and fake-browser 2.x need sendResponse.
      if (typeof sendResponse !== 'function') return response;
      void response.then(sendResponse);
      return true;
    });
    browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
      // A navigation starts: the old report no longer describes the page. `status` is visible without
      // the `tabs` permission, unlike `url`.
      if (changeInfo.status === 'loading') void clearTab(tabId);
      if (changeInfo.status === 'complete' && tab.url) void maybeAutoScan(tabId, tab.url).catch(() => undefined);
    });
    browser.tabs.onRemoved.addListener((tabId) => {
      void browser.storage.session.remove(tabKey(tabId));
    });
  }

  return { register, handleMessage, getReport, scanTab, clearTab, maybeAutoScan };
}

async function defaultLoadHostList(): Promise<unknown> {
  // An extension file, read locally: no network request.
  const response = await fetch(browser.runtime.getURL(HOST_LIST_PATH as '/popup.html'));
  return response.json();
}

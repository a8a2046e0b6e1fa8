import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_SCRIPT_FILE, createBackground, type BackgroundDeps } from '../../lib/background/background';
import { createTranslator } from '../../lib/i18n/translate';
import { isHighlightElementMessage, type FrameFinding, type ReportFindingsMessage } from '../../lib/messaging/protocol';
import { reportSchema, type Report } from '../../lib/report/schema';
import { SETTINGS_KEY } from '../../lib/storage/settings';

const fr = JSON.parse(readFileSync(new URL('../../public/_locales/fr/messages.json', import.meta.url), 'utf8'));

const TAB = 5;
const TOP = 'https://www.caf.fr/mon-compte';
const LISTED = 'https://www.mairie-exemple.fr/demarches';
const SUB = 'https://widget.example.net/chat';
const NOW = new Date('2025-03-14T10:00:00.000Z');
const BLUE = [0, 0, 0x91, 255];
const GREY = [0x6a, 0x6a, 0x6a, 255];

type Sender = Browser.runtime.MessageSender;
type Background = ReturnType<typeof createBackground>;

function from(tabId: number | undefined, frameId = 0): Sender {
  return { ...(tabId === undefined ? {} : { tab: { id: tabId } as Browser.tabs.Tab }), frameId };
}

function finding(over: Partial<FrameFinding> = {}): FrameFinding {
  return {
    kind: 'ai-chat',
    ruleId: 'ai-chat-dydu',
    level: 'detected',
    vendor: 'Dydu',
    score: 0.9,
    evidence: [{ signal: 'script-src', matched: 'https://x.dydu-priv.com/bot.js', where: 'head > script' }],
    ...over,
  };
}

function reportFindings(url: string, findings: FrameFinding[] = [finding()], scan: Partial<ReportFindingsMessage['scan']> = {}): ReportFindingsMessage {
  return { type: 'reportFindings', url, findings, scan: { trigger: 'static', durationMs: 12, truncated: false, ...scan } };
}

function setup(deps: BackgroundDeps = {}) {
  const loadHostList = vi.fn(async () => ({ hosts: ['mairie-exemple.fr'] }));
  const bg = createBackground({ loadHostList, now: () => NOW, ...deps });
  return { bg, loadHostList };
}

async function getReport(bg: Background, tabId = TAB): Promise<Report | null> {
  return (await bg.handleMessage({ type: 'getReport', tabId }, {})) as Report | null;
}

async function storedSettings(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
}

const badgeText = (tabId = TAB) => fakeBrowser.action.getBadgeText({ tabId });
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Stands in for `scripting.executeScript`: runs `func` injections, and plays the content script on `files`. */
function stubExecuteScript(onFiles: (trigger: string | undefined) => void | Promise<void> = () => undefined) {
  return vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: {
    func?: (...args: unknown[]) => unknown;
    args?: unknown[];
    files?: string[];
  }) => {
    if (injection.func) {
      injection.func(...(injection.args ?? []));
      return [];
    }
    // The page-world helper (world: 'MAIN') is not the content script: it does not report.
    if ((injection as { world?: string }).world === 'MAIN') return [];
    const holder = globalThis as { __vigieTrigger?: string };
    const trigger = holder.__vigieTrigger;
    delete holder.__vigieTrigger;
    await onFiles(trigger);
    return [];
  }) as never);
}

beforeEach(() => {
  fakeBrowser.reset();
  // fake-browser does not implement i18n: answer from the French messages, like the browser would.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(createTranslator(fr) as never);
});

afterEach(() => {
  vi.useRealTimers();
  delete (globalThis as { __vigieTrigger?: string }).__vigieTrigger;
});

describe('handleMessage: validation', () => {
  const validFindings = reportFindings(TOP);
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'getReport'],
    ['an array', [{ type: 'getReport', tabId: TAB }]],
    ['an empty object', {}],
    ['an unknown type', { type: 'deleteEverything', tabId: TAB }],
    ['getReport without tabId', { type: 'getReport' }],
    ['getReport with a string tabId', { type: 'getReport', tabId: '5' }],
    ['getReport with a negative tabId', { type: 'getReport', tabId: -1 }],
    ['getReport with a fractional tabId', { type: 'getReport', tabId: 1.5 }],
    ['scanTab without tabId', { type: 'scanTab' }],
    ['showFinding without findingId', { type: 'showFinding', tabId: TAB }],
    ['showFinding with a long findingId', { type: 'showFinding', tabId: TAB, findingId: 'x'.repeat(201) }],
    ['reportFindings with a long URL', { ...validFindings, url: `https://caf.fr/${'a'.repeat(4096)}` }],
    ['reportFindings without scan', { type: 'reportFindings', url: TOP, findings: [] }],
    ['reportFindings with an unknown trigger', reportFindings(TOP, [], { trigger: 'evil' as never })],
    ['reportFindings with findings not an array', { ...validFindings, findings: finding() }],
    ['reportFindings with 201 findings', reportFindings(TOP, Array.from({ length: 201 }, () => finding()))],
    ['a finding with a bad rule id', reportFindings(TOP, [finding({ ruleId: 'Bad Rule!' })])],
    ['a finding with a long vendor', reportFindings(TOP, [finding({ vendor: 'v'.repeat(101) })])],
    ['a finding with a score above 1', reportFindings(TOP, [finding({ score: 2 })])],
    ['a finding without evidence', reportFindings(TOP, [finding({ evidence: [] })])],
    ['a finding with 13 evidence items', reportFindings(TOP, [finding({ evidence: Array.from({ length: 13 }, () => finding().evidence[0]!) })])],
    [
      'a finding with long evidence text',
      reportFindings(TOP, [finding({ evidence: [{ signal: 'text', matched: 'm'.repeat(301), where: 'body' }] })]),
    ],
    ['a finding of an unknown kind', reportFindings(TOP, [finding({ kind: 'tracking' as never })])],
  ])('refuses %s', async (_name, raw) => {
    const executeScript = stubExecuteScript();
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    const { bg } = setup();
    await expect(bg.handleMessage(raw, from(TAB))).resolves.toEqual({ error: 'invalid-message' });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(executeScript).not.toHaveBeenCalled();
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('refuses findings that do not come from a tab', async () => {
    const { bg } = setup();
    await expect(bg.handleMessage(reportFindings(TOP), from(undefined))).resolves.toEqual({ error: 'no-tab' });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('accepts a valid message with extra fields (they are dropped)', async () => {
    const { bg } = setup();
    await expect(bg.handleMessage({ ...reportFindings(TOP), extra: 'x' }, from(TAB))).resolves.toEqual({ ok: true });
  });
});

describe('reports', () => {
  it('stores a top-frame report and answers getReport with a valid report', async () => {
    const { bg } = setup();
    await expect(bg.handleMessage(reportFindings(TOP), from(TAB, 0))).resolves.toEqual({ ok: true });
    const report = await getReport(bg);
    expect(report).not.toBeNull();
    expect(reportSchema.parse(report)).toEqual(report);
    expect(report).toMatchObject({
      schemaVersion: 2,
      url: TOP,
      scannedAt: NOW.toISOString(),
      publicService: { isPublicService: true, reason: 'national-service-domain', matched: 'caf.fr' },
      scan: { trigger: 'static', frames: 1, durationMs: 12, truncated: false },
    });
    expect(report!.findings.map((f) => [f.id, f.frameId, f.vendor])).toEqual([['ai-chat-dydu', 0, 'Dydu']]);
  });

  it('answers null for a tab never analysed', async () => {
    const { bg } = setup();
    await bg.handleMessage(reportFindings(TOP), from(TAB));
    await expect(getReport(bg, TAB + 1)).resolves.toBeNull();
  });

  it('answers null when the stored tab state is corrupt, and starts over on the next report', async () => {
    const { bg } = setup();
    await fakeBrowser.storage.session.set({ [`tab:${TAB}`]: { url: 5, frames: 'x' } });
    await expect(getReport(bg)).resolves.toBeNull();
    await bg.handleMessage(reportFindings(TOP), from(TAB));
    expect((await getReport(bg))?.findings).toHaveLength(1);
  });

  it.each([
    ['a national domain', TOP, [], { isPublicService: true, reason: 'national-service-domain', matched: 'caf.fr' }],
    ['a host of the list', LISTED, [], { isPublicService: true, reason: 'public-sector-host-list', matched: 'mairie-exemple.fr' }],
    ['a sub-domain of a listed host', 'https://services.mairie-exemple.fr/', [], { isPublicService: false, reason: 'not-listed' }],
    ['a site the person added', 'https://perso.example.org/', ['perso.example.org'], { isPublicService: true, reason: 'user-added-site', matched: 'perso.example.org' }],
    ['a site not listed', 'https://example.org/', [], { isPublicService: false, reason: 'not-listed' }],
  ])('computes publicService for %s', async (_name, url, extraSites, expected) => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, disabledSites: [], autoScanPublicSector: false, extraSites } });
    const { bg } = setup();
    await bg.handleMessage(reportFindings(url), from(TAB));
    expect((await getReport(bg))?.publicService).toEqual(expected);
  });

  it('loads the host list once', async () => {
    const { bg, loadHostList } = setup();
    await bg.handleMessage(reportFindings(LISTED), from(TAB));
    await getReport(bg);
    await getReport(bg);
    expect(loadHostList).toHaveBeenCalledTimes(1);
  });

  it('still reports when the host list cannot be loaded', async () => {
    const { bg } = setup({ loadHostList: () => Promise.reject(new Error('missing file')) });
    await bg.handleMessage(reportFindings(LISTED), from(TAB));
    const report = await getReport(bg);
    expect(report?.publicService).toEqual({ isPublicService: false, reason: 'not-listed' });
    expect(report?.findings).toHaveLength(1);
  });

  it('merges the findings of a sub-frame', async () => {
    const { bg } = setup();
    await bg.handleMessage(reportFindings(TOP), from(TAB, 0));
    await bg.handleMessage(reportFindings(SUB, [finding(), finding({ ruleId: 'ai-chat-other', vendor: undefined, level: 'possible', score: 0.4 })]), from(TAB, 3));
    const report = await getReport(bg);
    expect(reportSchema.safeParse(report).success).toBe(true);
    expect(report?.url).toBe(TOP);
    expect(report?.scan?.frames).toBe(2);
    expect(report?.findings.map((f) => [f.id, f.frameId])).toEqual([
      ['ai-chat-dydu', 0],
      ['ai-chat-other@3', 3],
    ]);
    expect(report?.findings[0]?.evidence).toHaveLength(2);
  });

  it('keeps every frame when frames report at the same time', async () => {
    const { bg } = setup();
    const frames = [0, 1, 2, 3, 4];
    await Promise.all(
      frames.map((frameId) =>
        bg.handleMessage(reportFindings(frameId === 0 ? TOP : SUB, [finding({ ruleId: `rule-${frameId}` })]), from(TAB, frameId)),
      ),
    );
    const report = await getReport(bg);
    expect(report?.url).toBe(TOP);
    expect(report?.findings.map((f) => f.ruleId).sort()).toEqual(frames.map((i) => `rule-${i}`));
  });

  it('starts over when the top frame reports a new URL', async () => {
    const { bg } = setup();
    await bg.handleMessage(reportFindings(TOP), from(TAB, 0));
    await bg.handleMessage(reportFindings(SUB, [finding({ ruleId: 'ai-chat-other' })]), from(TAB, 3));
    await bg.handleMessage(reportFindings(LISTED, []), from(TAB, 0));
    const report = await getReport(bg);
    expect(report?.url).toBe(LISTED);
    expect(report?.findings).toEqual([]);
    expect(report?.scan?.frames).toBe(1);
    expect(report?.publicService.reason).toBe('public-sector-host-list');
  });

  it('keeps tabs apart', async () => {
    const { bg } = setup();
    await bg.handleMessage(reportFindings(TOP), from(TAB));
    await bg.handleMessage(reportFindings(LISTED, []), from(8));
    expect((await getReport(bg, TAB))?.url).toBe(TOP);
    expect((await getReport(bg, 8))?.url).toBe(LISTED);
  });
});

describe('badge', () => {
  it('shows the count, a tooltip naming the findings and a blue colour when something is detected', async () => {
    const { bg } = setup();
    await bg.handleMessage(
      reportFindings(TOP, [finding(), finding({ kind: 'decision-notice', ruleId: 'decision-notice-crpa', vendor: undefined, level: 'possible', score: 0.4 })]),
      from(TAB),
    );
    expect(await badgeText()).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: TAB })).toEqual(BLUE);
    const title = await fakeBrowser.action.getTitle({ tabId: TAB });
    expect(title).toContain('2');
    expect(title).toContain('Dydu');
    expect(await badgeText(TAB + 1)).toBe('');
  });

  it('is grey when everything is only possible', async () => {
    const { bg } = setup();
    await bg.handleMessage(reportFindings(TOP, [finding({ level: 'possible', score: 0.4 })]), from(TAB));
    expect(await badgeText()).toBe('1');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: TAB })).toEqual(GREY);
  });

  it('counts the findings of all frames', async () => {
    const { bg } = setup();
    await bg.handleMessage(reportFindings(TOP, []), from(TAB, 0));
    expect(await badgeText()).toBe('');
    await bg.handleMessage(reportFindings(SUB, [finding()]), from(TAB, 2));
    expect(await badgeText()).toBe('1');
  });

  it('does not fail the report when the badge cannot be set (tab closed)', async () => {
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockRejectedValue(new Error('No tab with id: 5'));
    const { bg } = setup();
    await expect(bg.handleMessage(reportFindings(TOP), from(TAB))).resolves.toEqual({ ok: true });
    expect((await getReport(bg))?.findings).toHaveLength(1);
  });

  it('clearTab empties the badge and the report', async () => {
    const { bg } = setup();
    await bg.handleMessage(reportFindings(TOP), from(TAB));
    await bg.clearTab(TAB);
    expect(await badgeText()).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toBe(createTranslator(fr)('ext_name'));
    await expect(getReport(bg)).resolves.toBeNull();
  });
});

describe('register', () => {
  it('answers runtime messages through the returned promise', async () => {
    const { bg } = setup();
    bg.register();
    await bg.handleMessage(reportFindings(TOP), from(TAB));
    const report = await fakeBrowser.runtime.sendMessage({ type: 'getReport', tabId: TAB });
    expect(reportSchema.parse(report).url).toBe(TOP);
    await expect(fakeBrowser.runtime.sendMessage({ type: 'getReport' })).resolves.toEqual({ error: 'invalid-message' });
  });

  it('also answers through sendResponse when the browser passes one', async () => {
    const { bg } = setup();
    const addListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    bg.register();
    const listener = addListener.mock.lastCall?.[0] as (m: unknown, s: Sender, r: (x: unknown) => void) => unknown;
    const sendResponse = vi.fn();
    expect(listener({ type: 'getReport' }, {}, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ error: 'invalid-message' }));
  });

  it('clears the tab when a navigation starts (status loading)', async () => {
    const { bg } = setup();
    bg.register();
    await bg.handleMessage(reportFindings(TOP), from(TAB));
    await bg.handleMessage(reportFindings(LISTED), from(8));
    expect(await badgeText()).toBe('1');
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { status: 'loading' }, { id: TAB } as Browser.tabs.Tab);
    await vi.waitFor(async () => expect(await getReport(bg)).toBeNull());
    expect(await badgeText()).toBe('');
    expect((await getReport(bg, 8))?.url).toBe(LISTED);
  });

  it.each([[{ title: 'Nouveau titre' }], [{ favIconUrl: 'https://www.caf.fr/favicon.ico' }], [{ status: 'complete' }]])(
    'keeps the report on other tab updates (%j)',
    async (changeInfo) => {
      const { bg } = setup();
      bg.register();
      await bg.handleMessage(reportFindings(TOP), from(TAB));
      await fakeBrowser.tabs.onUpdated.trigger(TAB, changeInfo, { id: TAB, url: TOP } as Browser.tabs.Tab);
      await tick();
      expect((await getReport(bg))?.url).toBe(TOP);
      expect(await badgeText()).toBe('1');
    },
  );

  it('drops the stored state of a closed tab', async () => {
    const { bg } = setup();
    bg.register();
    await bg.handleMessage(reportFindings(TOP), from(TAB));
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { isWindowClosing: false, windowId: 0 });
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get(null)).toEqual({}));
  });

  it('runs the automatic analysis when a listed page has loaded', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, disabledSites: [], autoScanPublicSector: true, extraSites: [] } });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    const executeScript = stubExecuteScript();
    const { bg } = setup();
    bg.register();
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { status: 'complete' }, { id: TAB, url: LISTED } as Browser.tabs.Tab);
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledTimes(3));
    expect(executeScript.mock.calls[0]?.[0]).toMatchObject({ target: { tabId: TAB, allFrames: true }, args: ['auto'] });
  });
});

describe('scanTab', () => {
  it('injects the content script in all frames and answers once the top frame reports', async () => {
    const { bg } = setup();
    let trigger: string | undefined;
    const executeScript = stubExecuteScript((t) => {
      trigger = t;
      // The content script runs in each frame; a sub-frame may finish first.
      setTimeout(() => {
        void bg.handleMessage(reportFindings(SUB, [finding({ ruleId: 'ai-chat-other' })], { trigger: t as 'on-demand' }), from(TAB, 4));
        void bg.handleMessage(reportFindings(LISTED, [finding()], { trigger: t as 'on-demand' }), from(TAB, 0));
      }, 0);
    });
    const report = (await bg.handleMessage({ type: 'scanTab', tabId: TAB }, {})) as Report;
    expect(trigger).toBe('on-demand');
    expect(executeScript).toHaveBeenCalledTimes(3);
    expect(executeScript.mock.calls[0]?.[0]).toMatchObject({ target: { tabId: TAB, allFrames: true }, args: ['on-demand'] });
    expect(executeScript.mock.calls[1]?.[0]).toEqual({ target: { tabId: TAB, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
    // Then the page-world helper that reports page globals, in the page's own world.
    expect(executeScript.mock.calls[2]?.[0]).toEqual({ target: { tabId: TAB, allFrames: true }, files: ['/content-scripts/page-globals.js'], world: 'MAIN' });
    expect(CONTENT_SCRIPT_FILE).toBe('/content-scripts/detector.js');
    expect(reportSchema.parse(report)).toEqual(report);
    expect(report.url).toBe(LISTED);
    expect(report.scan?.trigger).toBe('on-demand');
    expect(report.findings.map((f) => f.id)).toEqual(['ai-chat-dydu', 'ai-chat-other@4']);
  });

  it('waits for the top frame, not for sub-frames', async () => {
    const { bg } = setup();
    stubExecuteScript();
    let done = false;
    const scan = bg.scanTab(TAB).then((r) => {
      done = true;
      return r;
    });
    await tick();
    await bg.handleMessage(reportFindings(SUB, [finding()]), from(TAB, 2));
    await tick();
    expect(done).toBe(false);
    await bg.handleMessage(reportFindings(TOP, []), from(TAB, 0));
    const report = await scan;
    expect(done).toBe(true);
    expect(report?.url).toBe(TOP);
    expect(report?.findings.map((f) => f.id)).toEqual(['ai-chat-dydu@2']);
  });

  it('answers null when the page cannot be scripted', async () => {
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    const { bg } = setup();
    await expect(bg.handleMessage({ type: 'scanTab', tabId: TAB }, {})).resolves.toBeNull();
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('answers the current report when injection fails on a tab already analysed', async () => {
    const { bg } = setup();
    await bg.handleMessage(reportFindings(TOP), from(TAB));
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('gone'));
    expect((await bg.scanTab(TAB))?.url).toBe(TOP);
  });

  it('gives up waiting after 4 seconds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    stubExecuteScript();
    const { bg } = setup();
    let settled = false;
    const scan = bg.scanTab(TAB).finally(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(3_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(scan).resolves.toBeNull();
  });
});

describe('showFinding', () => {
  async function analysed() {
    const { bg } = setup();
    await bg.handleMessage(reportFindings(TOP), from(TAB, 0));
    await bg.handleMessage(reportFindings(SUB, [finding({ kind: 'decision-notice', ruleId: 'decision-notice-crpa', vendor: undefined })]), from(TAB, 3));
    return bg;
  }

  it.each([
    ['ai-chat-dydu', 'ai-chat-dydu', 0],
    ['decision-notice-crpa@3', 'decision-notice-crpa', 3],
  ])('sends highlightElement for %s to its frame', async (findingId, ruleId, frameId) => {
    const bg = await analysed();
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ shown: true } as never);
    await expect(bg.handleMessage({ type: 'showFinding', tabId: TAB, findingId }, {})).resolves.toEqual({ shown: true });
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith(TAB, { type: 'highlightElement', ruleId }, { frameId });
    expect(isHighlightElementMessage(sendMessage.mock.lastCall?.[1])).toBe(true);
  });

  it.each([
    ['a finding id not in the report', TAB, 'ai-chat-unknown'],
    ['the rule id of a sub-frame finding without its frame', TAB, 'decision-notice-crpa'],
    ['a tab not analysed', 9, 'ai-chat-dydu'],
  ])('answers shown:false without messaging the page for %s', async (_name, tabId, findingId) => {
    const bg = await analysed();
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ shown: true } as never);
    await expect(bg.handleMessage({ type: 'showFinding', tabId, findingId }, {})).resolves.toEqual({ shown: false });
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it.each([
    ['shown: false', { shown: false }],
    ['no answer', undefined],
    ['a string', 'shown'],
    ['shown as a string', { shown: 'true' }],
  ])('answers shown:false when the frame answers %s', async (_name, answer) => {
    const bg = await analysed();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(answer as never);
    await expect(bg.handleMessage({ type: 'showFinding', tabId: TAB, findingId: 'ai-chat-dydu' }, {})).resolves.toEqual({ shown: false });
  });

  it('answers shown:false when the frame is gone', async () => {
    const bg = await analysed();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    await expect(bg.handleMessage({ type: 'showFinding', tabId: TAB, findingId: 'ai-chat-dydu' }, {})).resolves.toEqual({ shown: false });
  });
});

describe('maybeAutoScan', () => {
  interface Case {
    name: string;
    url: string;
    settings: { autoScanPublicSector: boolean; disabledSites?: string[]; extraSites?: string[] };
    permission: boolean;
    injected: boolean;
  }
  const cases: Case[] = [
    { name: 'opt-in on, listed host, permission granted', url: LISTED, settings: { autoScanPublicSector: true }, permission: true, injected: true },
    { name: 'opt-in off', url: LISTED, settings: { autoScanPublicSector: false }, permission: true, injected: false },
    { name: 'host not on the list', url: 'https://example.org/', settings: { autoScanPublicSector: true }, permission: true, injected: false },
    { name: 'sub-domain of a listed host', url: 'https://services.mairie-exemple.fr/', settings: { autoScanPublicSector: true }, permission: true, injected: false },
    { name: 'permission not granted', url: LISTED, settings: { autoScanPublicSector: true }, permission: false, injected: false },
    {
      name: 'site disabled by the person',
      url: LISTED,
      settings: { autoScanPublicSector: true, disabledSites: ['mairie-exemple.fr'] },
      permission: true,
      injected: false,
    },
    {
      name: 'national domain (declared statically)',
      url: 'https://www.caf.fr/',
      settings: { autoScanPublicSector: true, extraSites: ['caf.fr'] },
      permission: true,
      injected: false,
    },
    {
      name: 'site added by the person, opt-in off',
      url: 'https://perso.example.org/',
      settings: { autoScanPublicSector: false, extraSites: ['perso.example.org'] },
      permission: true,
      injected: true,
    },
    {
      name: 'site added by the person but disabled',
      url: 'https://perso.example.org/',
      settings: { autoScanPublicSector: true, extraSites: ['perso.example.org'], disabledSites: ['perso.example.org'] },
      permission: true,
      injected: false,
    },
    { name: 'a non-http page', url: 'file:///home/mairie-exemple.fr', settings: { autoScanPublicSector: true }, permission: true, injected: false },
  ];

  it.each(cases)('$name → injected: $injected', async ({ url, settings, permission, injected }) => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { version: 1, disabledSites: settings.disabledSites ?? [], autoScanPublicSector: settings.autoScanPublicSector, extraSites: settings.extraSites ?? [] },
    });
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(permission as never);
    const executeScript = stubExecuteScript();
    const { bg } = setup();
    await bg.maybeAutoScan(TAB, url);
    expect(executeScript).toHaveBeenCalledTimes(injected ? 3 : 0);
    if (injected) {
      expect(contains).toHaveBeenCalledWith({ origins: [`${new URL(url).origin}/*`] });
      expect(executeScript.mock.calls[0]?.[0]).toMatchObject({ target: { tabId: TAB, allFrames: true }, args: ['auto'] });
      expect(executeScript.mock.calls[1]?.[0]).toEqual({ target: { tabId: TAB, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
    }
  });

  it('asks for the permission of the exact origin', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, disabledSites: [], autoScanPublicSector: true, extraSites: [] } });
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
    const { bg } = setup();
    await bg.maybeAutoScan(TAB, 'http://www.mairie-exemple.fr:8080/page');
    expect(contains).toHaveBeenCalledWith({ origins: ['http://www.mairie-exemple.fr:8080/*'] });
  });

  it('does not throw when injection fails', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, disabledSites: [], autoScanPublicSector: true, extraSites: [] } });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('gone'));
    const { bg } = setup();
    await expect(bg.maybeAutoScan(TAB, LISTED)).resolves.toBeUndefined();
  });
});

describe('settings in storage', () => {
  it('repairs corrupt settings when reading them, and uses the repaired value', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { version: 1, disabledSites: ['mairie-exemple.fr', 42, 'bad host'], autoScanPublicSector: 'yes', extraSites: null },
    });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    const executeScript = stubExecuteScript();
    const { bg } = setup();
    await bg.maybeAutoScan(TAB, 'https://perso.example.org/');
    expect(await storedSettings()).toEqual({ version: 2, disabledSites: ['mairie-exemple.fr'], autoScanPublicSector: false, extraSites: [], mediatorMode: false });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('migrates legacy settings on read, disabled hosts included', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { disabledHosts: ['mairie-exemple.fr'], autoScanPublicSector: true } });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    const executeScript = stubExecuteScript();
    const { bg } = setup();
    await bg.maybeAutoScan(TAB, LISTED);
    expect(executeScript).not.toHaveBeenCalled();
    expect(await storedSettings()).toEqual({ version: 2, disabledSites: ['mairie-exemple.fr'], autoScanPublicSector: true, extraSites: [], mediatorMode: false });
  });

  it('repairs settings read for a report', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: 'garbage' });
    const { bg } = setup();
    await bg.handleMessage(reportFindings(TOP), from(TAB));
    await getReport(bg);
    expect(await storedSettings()).toEqual({ version: 2, disabledSites: [], autoScanPublicSector: false, extraSites: [], mediatorMode: false });
  });

  it.each([
    ['valid settings', { version: 2, disabledSites: ['caf.fr'], autoScanPublicSector: true, extraSites: [], mediatorMode: false }],
    ['no settings', undefined],
  ])('does not write %s back', async (_name, value) => {
    if (value !== undefined) await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: value });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const { bg } = setup();
    await bg.handleMessage(reportFindings(TOP), from(TAB));
    await getReport(bg);
    await bg.maybeAutoScan(TAB, 'https://example.org/');
    expect(set).not.toHaveBeenCalled();
    expect(await storedSettings()).toEqual(value);
  });
});

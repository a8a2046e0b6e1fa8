import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useTranslate } from '../lib/i18n/context';
import { translatePlural, type PluralKeys } from '../lib/i18n/plural';
import type { Translate } from '../lib/i18n/translate';
import {
  scanImagesResponseSchema,
  type ImageScanSummary,
  type ScanImagesMessage,
  type ScanImagesResponse,
} from '../lib/messaging/protocol';
import type { Report } from '../lib/report/schema';
import { parseTabIdParam } from '../lib/ui/tab-param';
import { StatusMessage } from './status-message';

/** What the image check needs from the browser; tests pass fakes. */
export interface ImageCheckDeps {
  /** The tab the popup is about: `?tabId=` in a tab, else the active tab. */
  tabId: () => Promise<number | undefined>;
  /** Asks the background to read the page's images; the answer is checked against the protocol. */
  scanImages: (tabId: number) => Promise<ScanImagesResponse>;
}

export const defaultImageCheckDeps: ImageCheckDeps = {
  tabId: async () =>
    parseTabIdParam(location.search) ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
  scanImages: async (tabId) => {
    const message: ScanImagesMessage = { type: 'scanImages', tabId };
    return scanImagesResponseSchema.parse(await browser.runtime.sendMessage(message));
  },
};

const AI_KEYS: PluralKeys = { zero: 'popup_images_ai_zero', one: 'popup_images_ai_one', many: 'popup_images_ai_many' };

/** "1 …" or "$1 …" for a count above zero. */
function countText(t: Translate, one: string, many: string, count: number): string {
  return count === 1 ? t(one) : t(many, String(count));
}

/**
 * The sentence after an image check: what was read and what it declares (and when that is in the
 * manifest of an image it was made from), then what could not be read or was left out. Says that
 * a declaration is not verified, and that no declaration proves nothing.
 */
export function imageCheckMessage(summary: ImageScanSummary, t: Translate): string {
  const parts =
    summary.checked === 0
      ? [t('popup_images_none_read')]
      : [
          t('popup_images_result', [
            countText(t, 'popup_images_read_one', 'popup_images_read_many', summary.checked),
            translatePlural(t, AI_KEYS, summary.withAiDeclaration),
          ]),
        ];
  const ingredient = summary.withAiInIngredient ?? 0;
  if (ingredient > 0) parts.push(countText(t, 'popup_images_ingredient_one', 'popup_images_ingredient_many', ingredient));
  if (summary.withC2pa > 0) parts.push(countText(t, 'popup_images_c2pa_one', 'popup_images_c2pa_many', summary.withC2pa));
  // A manifest Vigie could not read in full is said, not passed over: what it declares is unknown.
  const unreadable = summary.c2paUnreadable ?? 0;
  if (unreadable > 0) parts.push(countText(t, 'popup_images_c2pa_unreadable_one', 'popup_images_c2pa_unreadable_many', unreadable));
  const incomplete = summary.c2paIncomplete ?? 0;
  if (incomplete > 0) parts.push(countText(t, 'popup_images_c2pa_incomplete_one', 'popup_images_c2pa_incomplete_many', incomplete));
  if (summary.skippedOtherOrigin > 0)
    parts.push(countText(t, 'popup_images_other_origin_one', 'popup_images_other_origin_many', summary.skippedOtherOrigin));
  if (summary.failed > 0) parts.push(countText(t, 'popup_images_failed_one', 'popup_images_failed_many', summary.failed));
  return parts.join(' ');
}

/**
 * The report to show: the one given, or the one an image check answered for it, until the
 * given one changes (a new scan, whose report already holds the image findings).
 */
export function useCheckedReport<R extends Report | null>(given: R): [R | Report, (report: Report) => void] {
  const [checked, setChecked] = useState<{ base: R; report: Report } | null>(null);
  const report = checked && checked.base === given ? checked.report : given;
  return [report, (next) => setChecked({ base: given, report: next })];
}

export interface ImageCheckProps {
  /** Receives the report with the image findings, to show them in the findings list. */
  onReport: (report: Report) => void;
  deps?: Partial<ImageCheckDeps>;
}

/** "Vérifier les images": reads the site's own images only when the person asks. */
export function ImageCheck({ onReport, deps: partialDeps }: ImageCheckProps) {
  const t = useTranslate();
  const deps: ImageCheckDeps = { ...defaultImageCheckDeps, ...partialDeps };
  const [running, setRunning] = useState(false);
  // The live region appears with the first check, so the popup has one status region until then.
  const [started, setStarted] = useState(false);
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const announce = (text: string) => {
    // Set just after the region is (re)filled, so that screen readers announce it.
    setMessage('');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(text), 50);
  };

  const check = async () => {
    setRunning(true);
    setStarted(true);
    announce(t('popup_images_running'));
    try {
      const tabId = await deps.tabId();
      if (tabId === undefined) throw new Error('no tab');
      const { report, summary } = await deps.scanImages(tabId);
      if (report) onReport(report);
      announce(imageCheckMessage(summary, t));
    } catch {
      announce(t('popup_images_error'));
    } finally {
      setRunning(false);
    }
  };

  return (
    <div class="image-check" data-testid="image-check">
      <p id="image-check-intro" class="image-check-intro">
        {t('popup_images_intro')}
      </p>
      <button
        type="button"
        class="button-secondary"
        data-testid="check-images"
        aria-describedby="image-check-intro"
        // aria-disabled rather than disabled: focus stays on the button while the images are read.
        aria-disabled={running ? 'true' : undefined}
        onClick={() => {
          if (!running) void check();
        }}
      >
        {t('popup_images_button')}
      </button>
      {started && <StatusMessage message={message} testId="image-check-status" />}
    </div>
  );
}

import { defineContentScript } from 'wxt/utils/define-content-script';
import { ASK_GLOBALS_EVENT, PAGE_GLOBALS_EVENT, PAGE_GLOBAL_NAMES } from '../lib/rules/page-global-names';
import { nationalServiceMatchPatterns } from '../lib/sites/national-hosts';

/**
 * Runs in the page's own world, where chat vendors put their globals (window.$crisp…). It tells
 * the content script which names of a fixed list exist, and nothing else: it reads no value, and
 * holds no extension API. Chromium only; in Firefox the content script reads them through Xray
 * (wrappedJSObject) instead.
 */
export default defineContentScript({
  matches: nationalServiceMatchPatterns(),
  world: 'MAIN',
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  include: ['chrome', 'edge'],
  main() {
    const report = () => {
      const present = PAGE_GLOBAL_NAMES.filter((name) => {
        try {
          return name in window;
        } catch {
          return false;
        }
      });
      document.dispatchEvent(new CustomEvent(PAGE_GLOBALS_EVENT, { detail: JSON.stringify(present) }));
    };
    document.addEventListener(ASK_GLOBALS_EVENT, report);
    report();
    // Loaders are often asynchronous: look once more when they have had time to run.
    setTimeout(report, 3_000);
  },
});

import { defineContentScript } from 'wxt/utils/define-content-script';
import { ASK_GLOBALS_EVENT, PAGE_GLOBALS_EVENT, PAGE_GLOBAL_NAMES } from '../lib/rules/page-global-names';
import { nationalServiceMatchPatterns } from '../lib/sites/national-hosts';

/**
 * Runs in the page's own world, where chat vendors put their globals (window.$crisp…). It tells
 * the content script which names of a fixed list exist, and nothing else: it reads no value, and
 * holds no extension API. Chromium only; in Firefox the content script reads them through Xray
 * (wrappedJSObject) instead.
 *
 * The page's own scripts share this world and may replace anything in it (`CustomEvent`,
 * `JSON.stringify`, `Array.prototype`, `setTimeout`). So the script starts before them, keeps the
 * few built-ins it needs, uses no array method, and never lets an error reach the page's console.
 */
export default defineContentScript({
  matches: nationalServiceMatchPatterns(),
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  include: ['chrome', 'edge'],
  main() {
    const NativeCustomEvent = CustomEvent;
    const dispatch = EventTarget.prototype.dispatchEvent;
    const listen = EventTarget.prototype.addEventListener;
    const stringify = JSON.stringify;
    const later = setTimeout;
    const has = Reflect.has;
    const names = PAGE_GLOBAL_NAMES;
    const report = () => {
      try {
        const present: string[] = [];
        for (let i = 0; i < names.length; i++) {
          try {
            if (has(window, names[i]!)) present[present.length] = names[i]!;
          } catch {
            // A getter that throws: the name is not reported.
          }
        }
        dispatch.call(document, new NativeCustomEvent(PAGE_GLOBALS_EVENT, { detail: stringify(present) }));
      } catch {
        // A page that broke its own world: report nothing rather than an error in its console.
      }
    };
    listen.call(document, ASK_GLOBALS_EVENT, report);
    // Vendors' loaders run with the page and after it, often asynchronously: look once the page
    // has loaded, and once more when they have had time to run.
    listen.call(window, 'load', () => {
      report();
      later(report, 3_000);
    });
    if (document.readyState === 'complete') report();
  },
});

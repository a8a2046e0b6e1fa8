// The recorder behind every suite's "no request" assertion (harness.mjs) must be able to fail: on a
// test extension that does make requests, it catches those of its worker and of its content
// script, and not those of the page itself.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { launch, startServer } from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await startServer({ dynamic: (path) => (path === '/a-page.html' ? '<!doctype html><title>Page</title><p>Une page.</p>' : undefined) });
  browser = await launch({ extensionDir: resolve(import.meta.dirname, 'leaky-extension') });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('no-network recorder', () => {
  it('records what an extension’s worker and content script request, not what the page requests', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(`http://127.0.0.1:${server.port}/a-page.html`);
    await tab.evaluate(() => fetch('/from-the-page.txt').catch(() => undefined));
    const seen = () => browser.extensionRequests.map((r) => new URL(r.url).pathname);
    for (let i = 0; i < 50 && !(seen().includes('/from-the-worker.txt') && seen().includes('/from-the-content-script.txt')); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(seen().includes('/from-the-worker.txt'), JSON.stringify(browser.extensionRequests));
    assert.ok(seen().includes('/from-the-content-script.txt'), JSON.stringify(browser.extensionRequests));
    assert.ok(!seen().includes('/from-the-page.txt'));
    assert.match(browser.extensionRequests.find((r) => r.url.endsWith('/from-the-content-script.txt')).from, /^content script in http:\/\/127\.0\.0\.1:\d+\/a-page\.html$/);
  });
});

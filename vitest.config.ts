import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  // wxt 0.21.0's mocked `wxt/browser` imports the deprecated `wxt/testing` barrel, which drags
  // esbuild into jsdom and breaks it (wxt-dev/wxt#1575); point it at the fake browser directly.
  resolve: { alias: [{ find: /^wxt\/testing$/, replacement: 'wxt/testing/fake-browser' }] },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'lib/**/*.test.ts'],
    restoreMocks: true,
    environmentOptions: {
      happyDOM: { url: 'http://127.0.0.1:8080/fixture.html' },
      jsdom: { url: 'http://127.0.0.1:8080/fixture.html' },
    },
  },
});

import { defineRule } from '../define-rule';

export default defineRule({
  id: 'kore-ai',
  kind: 'ai-chat',
  vendor: 'Kore.ai',
  chatKind: 'hybrid',
  description: {
    fr: 'Assistant virtuel Kore.ai (plateforme XO), avec relais possible vers des conseillers.',
    en: 'Kore.ai virtual assistant (XO platform), with optional handover to agents.',
  },
  signals: [
    // Usually bundled by the site itself: no vendor CDN to rely on.
    { type: 'script-src', pattern: 'kore-web-sdk', weight: 0.5 },
    { type: 'inline-script', pattern: '\\bkoreBotChat\\s*\\(|\\bKorePickersPlugin\\b', weight: 0.8 },
    { type: 'selector', selector: '.kore-chat-window-main-section', weight: 0.9 },
    // The chat window, header included (where an assistant usually says what it is).
    { type: 'selector', selector: '.kore-chat-window', weight: 0.9, panel: true },
    { type: 'page-global', name: 'koreBotChat', weight: 0.4 },
  ],
  sources: ['https://developer.kore.ai/docs/bots/kore-web-sdk/'],
});

import { defineRule } from '../define-rule';

export default defineRule({
  id: 'zendesk-chat',
  kind: 'ai-chat',
  vendor: 'Zendesk Chat (Zopim)',
  chatKind: 'live_chat',
  description: {
    fr: 'Ancienne discussion en ligne Zendesk Chat (ex-Zopim), avec des conseillers humains.',
    en: 'Legacy Zendesk Chat (formerly Zopim) live chat, with human agents.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)v2\\.zopim\\.com/', weight: 0.9 },
    { type: 'inline-script', pattern: '\\$zopim\\b|v2\\.zopim\\.com', weight: 0.9 },
    { type: 'selector', selector: '.zopim, [id^="zopim"], [class^="zopim"]', weight: 0.8 },
    { type: 'page-global', name: '$zopim', weight: 0.4 },
  ],
  sources: [
    'https://support.zendesk.com/hc/fr/articles/115007912068',
    'https://developer.zendesk.com/api-reference/widget/introduction/',
  ],
});

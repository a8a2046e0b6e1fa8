import { defineRule } from '../define-rule';

export default defineRule({
  id: 'manychat',
  kind: 'ai-chat',
  vendor: 'ManyChat',
  chatKind: 'ai_bot',
  description: {
    fr: 'Widget ManyChat, passerelle vers un robot de conversation Messenger ou Instagram.',
    en: 'ManyChat widget, a bridge to a Messenger or Instagram chatbot.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)widget\\.manychat\\.com/|(?:^|//)mccdn\\.me/assets/js/widget\\.js', weight: 0.9 },
    { type: 'page-global', name: 'mcwidget', weight: 0.4 },
  ],
  sources: ['https://manychat.com/', 'https://github.com/enthec/webappanalyzer'],
});

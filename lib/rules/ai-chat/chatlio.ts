import { defineRule } from '../define-rule';

export default defineRule({
  id: 'chatlio',
  kind: 'ai-chat',
  vendor: 'Chatlio',
  chatKind: 'live_chat',
  description: {
    fr: 'Discussion en ligne Chatlio : les conseillers répondent depuis Slack.',
    en: 'Chatlio live chat: agents answer from Slack.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)w\\.chatlio\\.com/w\\.chatlio-widget\\.js', weight: 0.9 },
    { type: 'selector', selector: 'script#chatlio-widget-embed', weight: 0.9 },
    { type: 'inline-script', pattern: '\\b_chatlio\\b', weight: 0.8 },
    { type: 'page-global', name: '_chatlio', weight: 0.4 },
  ],
  sources: ['https://chatlio.com/docs/', 'https://github.com/enthec/webappanalyzer'],
});

import { defineRule } from '../define-rule';

export default defineRule({
  id: 'tidio',
  kind: 'ai-chat',
  vendor: 'Tidio',
  chatKind: 'hybrid',
  description: {
    fr: 'Discussion Tidio : agent IA « Lyro » et conseillers humains.',
    en: 'Tidio chat: the "Lyro" AI agent and human agents.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)code\\.tidio\\.co/', weight: 0.9 },
    { type: 'inline-script', pattern: 'code\\.tidio\\.co/', weight: 0.9 },
    { type: 'selector', selector: '#tidio-chat, iframe#tidio-chat-iframe', weight: 0.9 },
    { type: 'page-global', name: 'tidioChatApi', weight: 0.4 },
  ],
  sources: ['https://developers.tidio.com/docs/javascript-api', 'https://github.com/enthec/webappanalyzer'],
});

import { defineRule } from '../define-rule';

export default defineRule({
  id: 'wikit',
  kind: 'ai-chat',
  vendor: 'Wikit',
  chatKind: 'ai_bot',
  description: {
    fr: 'Assistant conversationnel Wikit, éditeur français utilisé par des collectivités, universités et archives.',
    en: 'Wikit conversational assistant, a French vendor used by local authorities, universities and archives.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)webchat\\.wikit\\.ai/', weight: 0.9 },
    { type: 'selector', selector: 'script#wikit-chatbox', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bwrapWebchat\\s*\\(|webchat\\.wikit\\.ai/', weight: 0.8 },
  ],
  sources: ['https://www.wikit.ai/', 'https://github.com/enthec/webappanalyzer'],
});

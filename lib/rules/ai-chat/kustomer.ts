import { defineRule } from '../define-rule';

export default defineRule({
  id: 'kustomer',
  kind: 'ai-chat',
  vendor: 'Kustomer',
  chatKind: 'hybrid',
  description: {
    fr: 'Discussion Kustomer : agents IA et conseillers du service client.',
    en: 'Kustomer chat: AI agents and customer-service agents.',
  },
  signals: [
    { type: 'script-src', pattern: 'cdn\\.kustomerapp\\.com/chat-web/', weight: 0.9 },
    { type: 'selector', selector: 'script#kustomer-script, script[data-kustomer-api-key], iframe#kustomer-ui-sdk-iframe', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bKustomer\\s*\\.\\s*start\\s*\\(', weight: 0.8 },
    { type: 'page-global', name: 'Kustomer', weight: 0.4 },
  ],
  sources: ['https://developer.kustomer.com/chat-sdk/', 'https://github.com/enthec/webappanalyzer'],
});

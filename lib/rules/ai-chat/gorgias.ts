import { defineRule } from '../define-rule';

export default defineRule({
  id: 'gorgias',
  kind: 'ai-chat',
  vendor: 'Gorgias',
  chatKind: 'hybrid',
  description: {
    fr: 'Discussion Gorgias : agent IA et conseillers du service client.',
    en: 'Gorgias chat: AI agent and customer-service agents.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)config\\.gorgias\\.chat/', weight: 0.9 },
    { type: 'selector', selector: 'script#gorgias-chat-widget-install-v3, #gorgias-chat-container', weight: 0.9 },
    { type: 'page-global', name: 'GorgiasChat', weight: 0.4 },
  ],
  sources: ['https://developers.gorgias.com/', 'https://github.com/enthec/webappanalyzer'],
});

import { defineRule } from '../define-rule';

export default defineRule({
  id: 'salesforce-embedded-messaging',
  kind: 'ai-chat',
  vendor: 'Salesforce Embedded Messaging',
  chatKind: 'hybrid',
  description: {
    fr: 'Messagerie Salesforce (Embedded Messaging) : agent IA Agentforce ou robots Einstein, et conseillers.',
    en: 'Salesforce Embedded Messaging: Agentforce AI agent or Einstein bots, and human agents.',
  },
  signals: [
    { type: 'script-src', pattern: '/ESW[A-Za-z0-9_]+/assets/js/bootstrap(?:\\.min)?\\.js', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bembeddedservice_bootstrap\\s*\\.\\s*init\\s*\\(|\\binitEmbeddedMessaging\\b', weight: 0.9 },
    { type: 'selector', selector: '#embedded-messaging, #embeddedMessagingConversationButton, iframe#embeddedMessagingFrame', weight: 0.9 },
    { type: 'page-global', name: 'embeddedservice_bootstrap', weight: 0.4 },
  ],
  sources: ['https://developer.salesforce.com/docs/service/messaging-web/overview', 'https://github.com/enthec/webappanalyzer'],
});

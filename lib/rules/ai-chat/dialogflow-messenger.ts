import { defineRule } from '../define-rule';

export default defineRule({
  id: 'dialogflow-messenger',
  kind: 'ai-chat',
  vendor: 'Dialogflow Messenger (Google)',
  chatKind: 'ai_bot',
  description: {
    fr: 'Agent conversationnel Dialogflow de Google, intégré avec son composant df-messenger.',
    en: 'Google Dialogflow conversational agent, embedded with its df-messenger component.',
  },
  signals: [
    { type: 'selector', selector: 'df-messenger, df-messenger-chat-bubble, df-messenger-chat', weight: 0.9 },
    { type: 'script-src', pattern: 'gstatic\\.com/dialogflow-console/fast/(?:messenger|df-messenger)', weight: 0.9 },
    { type: 'iframe-src', pattern: 'console\\.dialogflow\\.com/api-client/demo/embedded/', weight: 0.9 },
    // Name of the element's API object: not confirmed in the documentation.
    { type: 'page-global', name: 'dfMessenger', weight: 0.3 },
  ],
  sources: [
    'https://cloud.google.com/dialogflow/es/docs/integrations/dialogflow-messenger',
    'https://cloud.google.com/dialogflow/cx/docs/concept/integration/dialogflow-messenger',
  ],
});

import { defineRule } from '../define-rule';

export default defineRule({
  id: 'sinch-chat',
  kind: 'ai-chat',
  vendor: 'Sinch Chat (Chatlayer)',
  chatKind: 'hybrid',
  description: {
    fr: 'Messagerie Sinch Chat, souvent reliée au robot conversationnel Chatlayer et à des conseillers.',
    en: 'Sinch Chat messaging, often tied to the Chatlayer chatbot and human agents.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)cdn\\.sinch\\.com/sinch-chat/', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bSinchSdk\\s*\\.\\s*(?:initialize|setIdentity|Chat)\\b|cdn\\.sinch\\.com/sinch-chat/', weight: 0.9 },
    { type: 'page-global', name: 'SinchSdk', weight: 0.4 },
  ],
  sources: [
    'https://developers.sinch.com/docs/sinch-chat/getting-started/webchat/installation',
    'https://developers.sinch.com/docs/sinch-chat/getting-started/webchat/basic-usage',
  ],
});

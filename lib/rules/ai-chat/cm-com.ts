import { defineRule } from '../define-rule';

export default defineRule({
  id: 'cm-com',
  kind: 'ai-chat',
  vendor: 'CM.com Conversational AI Cloud',
  chatKind: 'hybrid',
  description: {
    fr: 'Assistant conversationnel CM.com (ex-DigitalCX), avec relais possible vers des conseillers.',
    en: 'CM.com conversational assistant (formerly DigitalCX), with optional handover to agents.',
  },
  signals: [
    { type: 'script-src', pattern: 'webchat\\.digitalcx\\.com/(?:webchat|inline)\\.js', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bcmwc\\s*\\.\\s*add\\s*\\(|webchat\\.digitalcx\\.com', weight: 0.8 },
    { type: 'page-global', name: 'cmwc', weight: 0.4 },
  ],
  sources: ['https://developers.cm.com/conversational-ai-cloud/docs/web-conversations-20-javascript-api'],
});

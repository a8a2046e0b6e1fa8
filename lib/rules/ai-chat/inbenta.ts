import { defineRule } from '../define-rule';

export default defineRule({
  id: 'inbenta',
  kind: 'ai-chat',
  vendor: 'Inbenta',
  chatKind: 'hybrid',
  description: {
    fr: 'Chatbot Inbenta (compréhension du langage), avec transfert possible vers des conseillers humains.',
    en: 'Inbenta chatbot (natural-language understanding), with optional escalation to human agents.',
  },
  signals: [
    { type: 'script-src', pattern: 'sdk\\.inbenta\\.io/chatbot/[0-9]+/inbenta-chatbot-sdk\\.js', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bInbentaChatbotSDK\\s*\\.\\s*(?:buildWithDomainCredentials|createFromDomainKey|build)\\s*\\(', weight: 0.9 },
    { type: 'selector', selector: '.inbenta-bot__launcher, .inbenta-bot-button, #inbenta-bot-input, .inbenta-bot-escalation__form__item', weight: 0.9 },
    { type: 'page-global', name: 'InbentaChatbotSDK', weight: 0.4 },
  ],
  sources: ['https://developers.inbenta.io/chatbot/javascript-sdk', 'https://github.com/jalcantarab/isa-bot-sdk'],
});

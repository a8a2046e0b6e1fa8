import { defineRule } from '../define-rule';

export default defineRule({
  id: 'crisp',
  kind: 'ai-chat',
  vendor: 'Crisp',
  chatKind: 'hybrid',
  description: {
    fr: 'Messagerie Crisp : conseillers humains, avec robot de réponses possible.',
    en: 'Crisp chat: human agents, with an optional answer bot.',
  },
  signals: [
    { type: 'script-src', pattern: 'client\\.crisp\\.chat/l\\.js', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bCRISP_WEBSITE_ID\\b|client\\.crisp\\.chat', weight: 0.9 },
    { type: 'selector', selector: '.crisp-client, #crisp-chatbox', weight: 0.9 },
    { type: 'page-global', name: '$crisp', weight: 0.4 },
    { type: 'page-global', name: 'CRISP_WEBSITE_ID', weight: 0.4 },
  ],
  sources: ['https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/'],
});

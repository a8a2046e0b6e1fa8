import { defineRule } from '../define-rule';

export default defineRule({
  id: 'boost-ai',
  kind: 'ai-chat',
  vendor: 'Boost.ai',
  chatKind: 'ai_bot',
  description: {
    fr: 'Assistant virtuel Boost.ai, utilisé par des banques, assureurs et administrations.',
    en: 'Boost.ai virtual agent, used by banks, insurers and public bodies.',
  },
  signals: [
    { type: 'script-src', pattern: '\\.boost\\.ai/chatPanel/', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bboostInit\\s*\\(|\\bboostChatPanel\\s*\\(', weight: 0.8 },
  ],
  sources: ['https://docs.boost.ai/', 'https://github.com/enthec/webappanalyzer'],
});

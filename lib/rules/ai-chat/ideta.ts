import { defineRule } from '../define-rule';

export default defineRule({
  id: 'ideta',
  kind: 'ai-chat',
  vendor: 'Ideta',
  chatKind: 'ai_bot',
  description: {
    fr: 'Chatbot Ideta, éditeur français de robots conversationnels.',
    en: 'Ideta chatbot, from a French chatbot vendor.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)ideta-prod\\.appspot\\.com/', weight: 0.9 },
    { type: 'inline-script', pattern: 'ideta-prod\\.appspot\\.com', weight: 0.8 },
    { type: 'page-global', name: 'webpackChunkideta_platoon', weight: 0.4 },
  ],
  sources: ['https://www.ideta.io/', 'https://github.com/enthec/webappanalyzer'],
});

import { defineRule } from '../define-rule';

export default defineRule({
  id: 'smilee',
  kind: 'ai-chat',
  vendor: 'Smilee',
  chatKind: 'hybrid',
  description: {
    fr: 'Discussion Smilee (France) : conseillers humains et chatbot.',
    en: 'Smilee chat (France): human agents and a chatbot.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)saas\\.smilee\\.io/', weight: 0.9 },
    { type: 'inline-script', pattern: 'saas\\.smilee\\.io', weight: 0.8 },
  ],
  sources: ['https://www.smilee.io/', 'https://github.com/enthec/webappanalyzer'],
});

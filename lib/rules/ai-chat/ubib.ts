import { defineRule } from '../define-rule';

export default defineRule({
  id: 'ubib',
  kind: 'ai-chat',
  vendor: 'Ubib',
  chatKind: 'live_chat',
  description: {
    fr: 'Ubib, service de questions-réponses des bibliothèques universitaires (discussion LibAnswers tenue par des bibliothécaires).',
    en: 'Ubib, the French university libraries’ question service (LibAnswers chat staffed by librarians).',
  },
  signals: [
    // Springshare LibAnswers chat loader, which Ubib uses.
    { type: 'script-src', pattern: '(?:^|//)[a-z0-9-]+\\.libanswers\\.com/load_chat\\.php', weight: 0.9 },
    { type: 'inline-script', pattern: '\\.libanswers\\.com/load_chat\\.php', weight: 0.8 },
  ],
  sources: ['https://ubib.libanswers.com/', 'https://github.com/AmauriC/tarteaucitron.js'],
});

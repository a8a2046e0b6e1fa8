import { defineRule } from '../define-rule';

export default defineRule({
  id: 'studizz',
  kind: 'ai-chat',
  vendor: 'Studizz',
  chatKind: 'ai_bot',
  description: {
    fr: 'Chatbot Studizz, utilisé par des établissements d’enseignement supérieur pour répondre aux étudiants.',
    en: 'Studizz chatbot, used by higher-education institutions to answer students.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)webchat\\.studizz\\.fr/webchat\\.js', weight: 0.9 },
    { type: 'inline-script', pattern: 'webchat\\.studizz\\.fr/', weight: 0.8 },
  ],
  sources: ['https://www.studizz.fr/', 'https://github.com/AmauriC/tarteaucitron.js'],
});

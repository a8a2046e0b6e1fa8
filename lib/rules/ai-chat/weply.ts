import { defineRule } from '../define-rule';

export default defineRule({
  id: 'weply',
  kind: 'ai-chat',
  vendor: 'Weply',
  chatKind: 'hybrid',
  description: {
    fr: 'Discussion Weply (France) : conseillers humains et réponses automatiques.',
    en: 'Weply chat (France): human agents and automatic answers.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)app\\.weply\\.chat/widget/', weight: 0.9 },
    { type: 'inline-script', pattern: 'app\\.weply\\.chat/widget/', weight: 0.8 },
  ],
  sources: ['https://www.weply.chat/', 'https://github.com/AmauriC/tarteaucitron.js'],
});

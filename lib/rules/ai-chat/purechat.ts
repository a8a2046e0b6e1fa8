import { defineRule } from '../define-rule';

export default defineRule({
  id: 'purechat',
  kind: 'ai-chat',
  vendor: 'Pure Chat',
  chatKind: 'live_chat',
  description: {
    fr: 'Discussion en ligne Pure Chat, avec des conseillers humains.',
    en: 'Pure Chat live chat, with human agents.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)app\\.purechat\\.com/VisitorWidget/', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bPCWidget\\b|\\bpurechatApi\\b|app\\.purechat\\.com/VisitorWidget', weight: 0.8 },
  ],
  sources: ['https://www.purechat.com/', 'https://github.com/AmauriC/tarteaucitron.js'],
});

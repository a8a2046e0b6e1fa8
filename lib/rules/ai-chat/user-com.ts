import { defineRule } from '../define-rule';

export default defineRule({
  id: 'user-com',
  kind: 'ai-chat',
  vendor: 'User.com',
  chatKind: 'hybrid',
  description: {
    fr: 'Discussion User.com : automatisations et conseillers humains.',
    en: 'User.com chat: automations and human agents.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)[a-z0-9-]+\\.user\\.com/widget\\.js', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bcivchat\\b', weight: 0.8 },
  ],
  sources: ['https://user.com/en/', 'https://github.com/AmauriC/tarteaucitron.js'],
});

import { defineRule } from '../define-rule';

export default defineRule({
  id: 'brevo-conversations',
  kind: 'ai-chat',
  vendor: 'Brevo Conversations',
  chatKind: 'live_chat',
  description: {
    fr: 'Discussion en ligne Brevo Conversations (ex-Sendinblue), avec des conseillers humains.',
    en: 'Brevo Conversations live chat (formerly Sendinblue), with human agents.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)conversations-widget\\.(?:brevo|sendinblue)\\.com/', weight: 0.9 },
    // Not tarteaucitron's own `tarteaucitron.user.brevoConversationsId` (patterns are case-insensitive): that is a declaration.
    { type: 'inline-script', pattern: '(?<!user\\.)\\b(?:Brevo|Sib)ConversationsID\\b|conversations-widget\\.(?:brevo|sendinblue)\\.com', weight: 0.9 },
    // Seen in one integration only.
    { type: 'selector', selector: '#brevo-conversations-widget', weight: 0.5 },
    { type: 'page-global', name: 'BrevoConversations', weight: 0.4 },
  ],
  sources: ['https://developers.brevo.com/docs/conversations-widget-javascript-api', 'https://github.com/AmauriC/tarteaucitron.js'],
});

import { defineRule } from '../define-rule';

export default defineRule({
  id: 'collect-chat',
  kind: 'ai-chat',
  vendor: 'Collect.chat',
  chatKind: 'ai_bot',
  description: {
    fr: 'Chatbot Collect.chat, qui pose des questions comme un formulaire conversationnel.',
    en: 'Collect.chat chatbot, which asks questions like a conversational form.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)(?:[a-z0-9-]+\\.)?collect(?:or)?cdn\\.com/launcher\\.js', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bCollectId\\s*=|collect(?:or)?cdn\\.com/launcher\\.js', weight: 0.8 },
  ],
  sources: ['https://help.collect.chat/', 'https://github.com/AmauriC/tarteaucitron.js'],
});

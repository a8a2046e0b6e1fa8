import { defineRule } from '../define-rule';

export default defineRule({
  id: 'tolk-ai',
  kind: 'ai-chat',
  vendor: 'Tolk.ai',
  chatKind: 'ai_bot',
  description: {
    fr: 'Chatbot Tolk.ai (éditeur français), dont l’assistant génératif « Genii ».',
    en: 'Tolk.ai chatbot (French vendor), including its generative assistant "Genii".',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)(?:genii-)?script\\.tolk\\.ai/', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bTcfWbchtParams\\b|\\btcfbot\\s*=|(?:genii-)?script\\.tolk\\.ai/', weight: 0.8 },
    // The Genii loader tag; its id is shared by tarteaucitron's service and integrators.
    { type: 'selector', selector: 'script#lightchat-bot', weight: 0.8 },
    { type: 'page-global', name: 'TcfWbchtParams', weight: 0.4 },
  ],
  sources: ['https://www.tolk.ai/', 'https://github.com/AmauriC/tarteaucitron.js'],
});

import { defineRule } from '../define-rule';

export default defineRule({
  id: 'chatbase',
  kind: 'ai-chat',
  vendor: 'Chatbase',
  chatKind: 'ai_bot',
  description: {
    fr: 'Agent IA Chatbase (modèle de langage entraîné sur les contenus du site).',
    en: 'Chatbase AI agent (a language model trained on the site’s content).',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)(?:www\\.)?chatbase\\.co/embed\\.min\\.js', weight: 0.9 },
    { type: 'iframe-src', pattern: '(?:^|//)(?:www\\.)?chatbase\\.co/chatbot-iframe/', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bembeddedChatbotConfig\\b|\\bchatbaseConfig\\b|\\bembedChatbaseChatbot\\b|chatbase\\.co/embed', weight: 0.8 },
    { type: 'selector', selector: '#chatbase-bubble-button, #chatbase-bubble-window, #chatbase-bubble-button-container', weight: 0.9 },
    { type: 'page-global', name: 'chatbase', weight: 0.4 },
  ],
  sources: [
    'https://www.chatbase.co/docs/developer-guides/website-integration/iframe',
    'https://www.chatbase.co/docs/developer-guides',
  ],
});

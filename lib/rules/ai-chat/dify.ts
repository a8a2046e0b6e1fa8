import { defineRule } from '../define-rule';

export default defineRule({
  id: 'dify',
  kind: 'ai-chat',
  vendor: 'Dify',
  chatKind: 'ai_bot',
  description: {
    fr: 'Chatbot construit avec Dify, plateforme libre d’applications à base de modèles de langage.',
    en: 'Chatbot built with Dify, an open-source platform for language-model apps.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)udify\\.app/embed(?:\\.min)?\\.js', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bdifyChatbotConfig\\b', weight: 0.9 },
    { type: 'selector', selector: '#dify-chatbot-bubble-button, #dify-chatbot-bubble-window', weight: 0.9 },
    { type: 'iframe-src', pattern: '(?:^|//)udify\\.app/chatbot/', weight: 0.9 },
    { type: 'page-global', name: 'difyChatbotConfig', weight: 0.4 },
  ],
  sources: ['https://docs.dify.ai/guides/application-publishing/embedding-in-websites', 'https://github.com/langgenius/dify'],
});

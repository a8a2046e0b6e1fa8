import { defineRule } from '../define-rule';

export default defineRule({
  id: 'nlux',
  kind: 'ai-chat',
  vendor: 'NLUX',
  chatKind: 'ai_bot',
  description: {
    fr: 'Discussion NLUX (@nlux/core, @nlux/react), une interface pour converser avec un modèle d’IA.',
    en: 'NLUX chat (@nlux/core, @nlux/react), an interface to converse with an AI model.',
  },
  signals: [
    { type: 'selector', selector: '.nlux-AiChat-root', weight: 0.9 },
    // The conversation room: welcome message, exchanges and the composer.
    { type: 'selector', selector: '.nlux-chatRoom-container', weight: 0.9, panel: true },
    { type: 'inline-script', pattern: "@nlux/(?:core|react)|\\bcreateAiChat\\s*\\(", weight: 0.9 },
    { type: 'page-global', name: 'NLUX', weight: 0.4 },
  ],
  sources: ['https://docs.nlkit.com/nlux', 'https://www.npmjs.com/package/@nlux/core', 'https://www.npmjs.com/package/@nlux/react'],
  checkedWith: [
    { package: '@nlux/core', version: '2.17.1' },
    { package: '@nlux/react', version: '2.17.1' },
  ],
});

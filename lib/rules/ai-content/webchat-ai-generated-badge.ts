import { defineRule } from '../define-rule';

export default defineRule({
  id: 'webchat-ai-generated-badge',
  kind: 'ai-content',
  description: {
    fr: 'Badge « généré par IA » que Microsoft Web Chat et Copilot Studio affichent sur une réponse.',
    en: '“AI generated” badge that Microsoft Web Chat and Copilot Studio show on an answer.',
  },
  legalRefs: ['AI Act art. 50(1)'],
  signals: [
    // Web Chat renders it when the bot marks a message as AI-generated content.
    { type: 'selector', selector: '.webchat__text-content__generated-badge', weight: 0.9 },
    { type: 'selector', selector: '[class*="copilot-message-header__ai-generated-content"]', weight: 0.9 },
  ],
  sources: [
    'https://github.com/microsoft/BotFramework-WebChat/pull/5298',
    'https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/format-ai-bot-messages',
  ],
});

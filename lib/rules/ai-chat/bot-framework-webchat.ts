import { defineRule } from '../define-rule';

export default defineRule({
  id: 'bot-framework-webchat',
  kind: 'ai-chat',
  vendor: 'Microsoft Bot Framework Web Chat',
  chatKind: 'ai_bot',
  description: {
    fr: 'Fenêtre de discussion Microsoft Bot Framework (Web Chat), utilisée par les agents Azure et Copilot Studio.',
    en: 'Microsoft Bot Framework Web Chat, used by Azure bots and Copilot Studio agents.',
  },
  signals: [
    { type: 'script-src', pattern: 'cdn\\.botframework\\.com/botframework-webchat/', weight: 0.9 },
    { type: 'inline-script', pattern: 'WebChat\\s*\\.\\s*(?:renderWebChat|createDirectLine)', weight: 0.8 },
    { type: 'selector', selector: '.webchat__basic-transcript, .webchat__send-box, .webchat__stacked-layout', weight: 0.9 },
    { type: 'iframe-src', pattern: 'webchat\\.botframework\\.com/embed/', weight: 0.9 },
  ],
  sources: ['https://github.com/microsoft/BotFramework-WebChat', 'https://learn.microsoft.com/en-us/azure/bot-service/bot-builder-webchat-overview'],
});

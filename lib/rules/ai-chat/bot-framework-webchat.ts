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
    // The CDN, or a self-hosted / unpkg / jsDelivr copy of the package's browser bundle.
    { type: 'script-src', pattern: 'cdn\\.botframework\\.com/botframework-webchat/|botframework-webchat(?:@[^/]*)?/dist/webchat(?:-es5|-minimal)?\\.js', weight: 0.9 },
    { type: 'inline-script', pattern: 'WebChat\\s*\\.\\s*(?:renderWebChat|createDirectLine)', weight: 0.8 },
    { type: 'selector', selector: '.webchat__basic-transcript, .webchat__send-box, .webchat__stacked-layout', weight: 0.9 },
    // Web Chat v4 announces itself in <head> with its version ("botframework-webchat:bundle:version").
    { type: 'meta', name: '^botframework-webchat:', pattern: '\\d', weight: 0.9 },
    { type: 'iframe-src', pattern: 'webchat\\.botframework\\.com/embed/', weight: 0.9 },
    // The transcript is the conversation itself (rendered in the page, no shadow root).
    { type: 'selector', selector: '.webchat__basic-transcript', weight: 0.9, panel: true },
    // Web Chat v3 global; v4's "WebChat" is left out: rasa-webchat uses the same name.
    { type: 'page-global', name: 'BotChat', weight: 0.3 },
  ],
  checkedWith: [{ package: 'botframework-webchat', version: '4.16.0' }],
  sources: ['https://github.com/microsoft/BotFramework-WebChat', 'https://learn.microsoft.com/en-us/azure/bot-service/bot-builder-webchat-overview'],
});

import { defineRule } from '../define-rule';

export default defineRule({
  id: 'copilot-studio',
  kind: 'ai-chat',
  vendor: 'Microsoft Copilot Studio',
  chatKind: 'ai_bot',
  description: {
    fr: 'Agent Microsoft Copilot Studio (ex-Power Virtual Agents), intégré dans une iframe ou un Web Chat.',
    en: 'Microsoft Copilot Studio agent (formerly Power Virtual Agents), embedded in an iframe or a Web Chat.',
  },
  signals: [
    {
      type: 'iframe-src',
      pattern: '(?:copilotstudio(?:\\.[a-z0-9-]+)?|(?:web\\.)?powerva)\\.microsoft\\.com/environments/[^/]+/bots/[^/]+/(?:webchat|canvas)',
      weight: 0.9,
    },
    // Custom canvases fetch a Direct Line token from the agent's Power Platform endpoint.
    { type: 'inline-script', pattern: '\\.environment\\.api\\.powerplatform\\.com/powervirtualagents/', weight: 0.9 },
  ],
  sources: [
    'https://learn.microsoft.com/en-us/microsoft-copilot-studio/publication-fundamentals-publish-channels',
    'https://learn.microsoft.com/en-us/microsoft-copilot-studio/publication-connect-bot-to-web-channels',
  ],
});

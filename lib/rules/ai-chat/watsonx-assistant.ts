import { defineRule } from '../define-rule';

export default defineRule({
  id: 'watsonx-assistant',
  kind: 'ai-chat',
  vendor: 'IBM watsonx Assistant',
  chatKind: 'ai_bot',
  description: {
    fr: 'Assistant IBM watsonx Assistant (ex-Watson Assistant), affiché par sa fenêtre de discussion web.',
    en: 'IBM watsonx Assistant (formerly Watson Assistant), shown by its web chat.',
  },
  signals: [
    { type: 'script-src', pattern: 'web-chat\\.global\\.assistant\\.watson\\.appdomain\\.cloud/', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bwatsonAssistantChatOptions\\b|web-chat\\.global\\.assistant\\.watson', weight: 0.9 },
    { type: 'selector', selector: '#WACContainer, .WACLauncher__Button', weight: 0.9 },
    { type: 'page-global', name: 'watsonAssistantChatOptions', weight: 0.4 },
  ],
  sources: [
    'https://cloud.ibm.com/docs/watson-assistant?topic=watson-assistant-deploy-web-chat',
    'https://cloud.ibm.com/docs/watson-assistant?topic=watson-assistant-web-chat-develop',
  ],
});

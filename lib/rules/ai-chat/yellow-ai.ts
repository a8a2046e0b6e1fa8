import { defineRule } from '../define-rule';

export default defineRule({
  id: 'yellow-ai',
  kind: 'ai-chat',
  vendor: 'Yellow.ai',
  chatKind: 'hybrid',
  description: {
    fr: 'Agent conversationnel Yellow.ai (IA), avec relais vers des conseillers humains.',
    en: 'Yellow.ai conversational agent (AI), with handover to human agents.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)cdn\\.yellowmessenger\\.com/plugin/', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bwindow\\.ymConfig\\s*=|cdn\\.yellowmessenger\\.com', weight: 0.8 },
    { type: 'selector', selector: '#ymPluginDivContainerInitial, #ymDivBar, #ymDivCircle, iframe#ymIframe', weight: 0.9 },
    { type: 'page-global', name: 'YellowMessenger', weight: 0.4 },
    { type: 'page-global', name: 'ymConfig', weight: 0.4 },
  ],
  sources: ['https://docs.yellow.ai/', 'https://github.com/enthec/webappanalyzer'],
});

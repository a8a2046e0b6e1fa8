import { defineRule } from '../define-rule';

export default defineRule({
  id: 'jivochat',
  kind: 'ai-chat',
  vendor: 'JivoChat',
  chatKind: 'live_chat',
  description: {
    fr: 'Discussion en ligne JivoChat (Jivo), avec des conseillers humains.',
    en: 'JivoChat (Jivo) live chat, with human agents.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)code\\.jivo(?:site\\.com|\\.chat)/', weight: 0.9 },
    { type: 'inline-script', pattern: 'code\\.jivo(?:site\\.com|\\.chat)/|\\bjivo_onLoadCallback\\b', weight: 0.8 },
    // The widget's own element name (webappanalyzer); not confirmed elsewhere.
    { type: 'selector', selector: 'jdiv', weight: 0.5 },
    { type: 'page-global', name: 'jivo_api', weight: 0.4 },
  ],
  sources: ['https://www.jivochat.com/api/', 'https://github.com/enthec/webappanalyzer'],
});

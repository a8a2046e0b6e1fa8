import { defineRule } from '../define-rule';

export default defineRule({
  id: 'drift',
  kind: 'ai-chat',
  vendor: 'Drift',
  chatKind: 'hybrid',
  description: {
    fr: 'Discussion Drift (Salesloft) : robots conversationnels et commerciaux humains.',
    en: 'Drift chat (Salesloft): conversational bots and human reps.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)js\\.driftt?\\.com/include/', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bdrift\\s*\\.\\s*load\\s*\\(|js\\.driftt?\\.com/include', weight: 0.8 },
    { type: 'selector', selector: '#drift-widget-container, iframe#drift-frame-controller, iframe#drift-frame-chat, #drift-widget', weight: 0.9 },
    { type: 'page-global', name: 'driftt', weight: 0.4 },
  ],
  sources: ['https://devdocs.drift.com/docs/drift-javascript-api', 'https://github.com/enthec/webappanalyzer'],
});

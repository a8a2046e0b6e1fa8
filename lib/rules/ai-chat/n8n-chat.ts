import { defineRule } from '../define-rule';

export default defineRule({
  id: 'n8n-chat',
  kind: 'ai-chat',
  vendor: 'n8n',
  chatKind: 'ai_bot',
  description: {
    fr: 'Fenêtre de discussion n8n (@n8n/chat), branchée sur un flux n8n, souvent un agent d’IA.',
    en: 'n8n chat window (@n8n/chat), wired to an n8n workflow, often an AI agent.',
  },
  signals: [
    // The package's own names; its other classes (chat-window, chat-body…) are too common to count.
    { type: 'selector', selector: '#n8n-chat, .n8n-chat, .n8n-markdown', weight: 0.9 },
    // The conversation: the window's layout (hidden while the window is closed) or the full-page one.
    { type: 'selector', selector: '.n8n-chat .chat-layout, .chat-layout.n8n-chat', weight: 0.9, panel: true },
    { type: 'script-src', pattern: '@n8n/chat(?:@[^/]*)?/(?:dist/)?chat\\.bundle\\.es\\.js', weight: 0.9 },
    { type: 'inline-script', pattern: "from\\s*['\"]@n8n/chat['\"]|@n8n/chat(?:@[^/]*)?/(?:dist/)?chat\\.bundle", weight: 0.9 },
  ],
  sources: ['https://www.npmjs.com/package/@n8n/chat', 'https://docs.n8n.io/integrations/builtin/core-nodes/n8n-nodes-langchain.chattrigger/'],
  checkedWith: [{ package: '@n8n/chat', version: '1.33.4' }],
});

import { defineRule } from '../define-rule';

export default defineRule({
  id: 'dydu',
  kind: 'ai-chat',
  vendor: 'Dydu',
  chatKind: 'ai_bot',
  description: {
    fr: 'Assistant conversationnel Dydu, éditeur français présent sur des sites publics.',
    en: 'Dydu conversational assistant, a French vendor used on public websites.',
  },
  signals: [
    // The CV5 client mounts into #dydu-root (open shadow root) and uses dydu-prefixed classes.
    { type: 'selector', selector: '#dydu-root, #dydu-chatbox, .dydu-chatbox, .dydu-teaser, [class*="dydu-bubble"]', weight: 0.9 },
    { type: 'script-src', pattern: 'dydu-priv\\.com|doyoudreamup\\.com|/dydu[-_a-z0-9]*/[^?#]*\\.js|/dydu-[a-z0-9.-]+\\.js', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bdydu(?:[A-Z_]\\w*)?\\s*[.=(]|dydu-priv\\.com|doyoudreamup\\.com', weight: 0.6 },
    // The open chatbox: a dialog inside the shadow root (CV5 src), where a bot disclosure would be.
    { type: 'selector', selector: '#dydu-root-focus[role="dialog"], .dydu-chatbox-body', weight: 0.9, panel: true },
    { type: 'page-global', name: 'dydu', weight: 0.4 },
  ],
  sources: ['https://github.com/Do-you-dream-up/CV5', 'https://www.dydu.ai/'],
});

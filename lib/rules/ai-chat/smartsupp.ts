import { defineRule } from '../define-rule';

export default defineRule({
  id: 'smartsupp',
  kind: 'ai-chat',
  vendor: 'Smartsupp',
  chatKind: 'hybrid',
  description: {
    fr: 'Discussion Smartsupp : conseillers humains, avec assistant IA « Mira » possible.',
    en: 'Smartsupp chat: human agents, with the optional "Mira" AI assistant.',
  },
  signals: [
    { type: 'script-src', pattern: '\\.smartsuppchat\\.com/', weight: 0.9 },
    { type: 'inline-script', pattern: '\\b_smartsupp\\s*\\.\\s*key\\b|\\b_smartsupp\\s*=|smartsuppchat\\.com/loader\\.js', weight: 0.9 },
    { type: 'selector', selector: '#smartsupp-widget-container, iframe[title*="Smartsupp"]', weight: 0.9 },
    // A generic id, kept weak.
    { type: 'selector', selector: '#chat-application', weight: 0.3 },
    { type: 'page-global', name: 'smartsupp', weight: 0.4 },
  ],
  sources: ['https://docs.smartsupp.com/', 'https://github.com/AmauriC/tarteaucitron.js'],
});

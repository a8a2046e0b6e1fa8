import { defineRule } from '../define-rule';

export default defineRule({
  id: 'clevy',
  kind: 'ai-chat',
  vendor: 'Clevy (CSML Studio)',
  chatKind: 'ai_bot',
  description: {
    fr: 'Chatbot Clevy, conçu avec CSML Studio et affiché par son widget.',
    en: 'Clevy chatbot, built with CSML Studio and shown by its widget.',
  },
  signals: [
    { type: 'script-src', pattern: 'widget\\.csml\\.dev/script(?:\\.min)?\\.js', weight: 0.9 },
    { type: 'selector', selector: 'script#clevy-widget', weight: 0.9 },
    // Older widget host on the vendor's own domain: not confirmed.
    { type: 'script-src', pattern: '(?:^|//)[a-z0-9.-]*clevy\\.io/', weight: 0.5 },
    { type: 'page-global', name: 'clevyWidget', weight: 0.4 },
  ],
  sources: ['https://docs.csml.dev/', 'https://github.com/enthec/webappanalyzer'],
});

import { defineRule } from '../define-rule';

export default defineRule({
  id: 'zoho-salesiq',
  kind: 'ai-chat',
  vendor: 'Zoho SalesIQ',
  chatKind: 'hybrid',
  description: {
    fr: 'Discussion Zoho SalesIQ : robots « Zobot » (IA possible) et opérateurs humains.',
    en: 'Zoho SalesIQ chat: "Zobot" bots (possibly AI) and human operators.',
  },
  signals: [
    { type: 'script-src', pattern: 'salesiq\\.zoho(?:public)?\\.[a-z.]+/widget|js\\.zohocdn\\.com/salesiq/', weight: 0.9 },
    { type: 'inline-script', pattern: '\\$zoho\\.salesiq\\s*=|salesiq\\.zoho(?:public)?\\.[a-z.]+/widget', weight: 0.9 },
    { type: 'selector', selector: 'script#zsiqscript, #zsiq_float, .zsiq_floatmain, #zsiqwidget', weight: 0.9 },
    { type: 'page-global', name: '$ZSIQChat', weight: 0.4 },
  ],
  sources: ['https://www.zoho.com/salesiq/help/developer-section/js-api.html', 'https://github.com/AmauriC/tarteaucitron.js'],
});

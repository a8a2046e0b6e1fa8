import { defineRule } from '../define-rule';

export default defineRule({
  id: 'salesforce-snap-ins',
  kind: 'ai-chat',
  vendor: 'Salesforce Embedded Service Chat',
  chatKind: 'live_chat',
  description: {
    fr: 'Ancienne discussion Salesforce (Embedded Service, « snap-ins ») avec des conseillers, parfois précédés d’un robot.',
    en: 'Legacy Salesforce chat (Embedded Service snap-ins) with agents, sometimes fronted by a bot.',
  },
  signals: [
    { type: 'script-src', pattern: '/embeddedservice/[0-9.]+/esw(?:\\.min)?\\.js', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bembedded_svc\\s*\\.\\s*(?:init\\s*\\(|settings\\b)|\\binitESW\\s*\\(', weight: 0.9 },
    { type: 'selector', selector: '.embeddedServiceHelpButton, .embeddedServiceSidebar, .embeddedServiceSidebarMinimizedDefaultUI', weight: 0.9 },
    { type: 'iframe-src', pattern: '\\.salesforceliveagent\\.com/', weight: 0.9 },
    { type: 'page-global', name: 'embedded_svc', weight: 0.4 },
  ],
  sources: ['https://developer.salesforce.com/docs/atlas.en-us.snapins_web_dev.meta/snapins_web_dev/', 'https://github.com/enthec/webappanalyzer'],
});

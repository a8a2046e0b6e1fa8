import { defineRule } from '../define-rule';

export default defineRule({
  id: 'zendesk',
  kind: 'ai-chat',
  vendor: 'Zendesk',
  chatKind: 'hybrid',
  description: {
    fr: 'Widget Zendesk (messagerie ou Web Widget) : robot de réponses et conseillers humains.',
    en: 'Zendesk widget (Messaging or Web Widget): answer bot and human agents.',
  },
  signals: [
    { type: 'script-src', pattern: 'static\\.zdassets\\.com/ekr/snippet\\.js|\\.zendesk\\.com/embeddable', weight: 0.9 },
    { type: 'selector', selector: 'script#ze-snippet', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bzESettings\\b|static\\.zdassets\\.com/ekr', weight: 0.8 },
    // The launcher iframe id is generic ("launcher"); only with a Zendesk-like title does it count a little.
    { type: 'selector', selector: 'iframe#launcher[title], iframe[title="Messaging window"], iframe[title="Fenêtre de messagerie"]', weight: 0.3 },
    { type: 'page-global', name: 'zE', weight: 0.4 },
    { type: 'page-global', name: 'zESettings', weight: 0.4 },
  ],
  sources: ['https://developer.zendesk.com/documentation/zendesk-web-widget-sdks/sdks/web/sdk_api_reference/'],
});

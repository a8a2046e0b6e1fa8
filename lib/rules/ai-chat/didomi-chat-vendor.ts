import { defineRule } from '../define-rule';

export default defineRule({
  id: 'didomi-chat-vendor',
  kind: 'ai-chat',
  state: 'declared',
  description: {
    fr: 'Service de discussion que le site charge seulement après votre accord, dans le gestionnaire de cookies Didomi.',
    en: 'Chat service the site loads only after your consent, through the Didomi consent manager.',
  },
  // Didomi names custom vendors "c:<name>-<id>" (in data-vendor attributes of held-back scripts and
  // in the inline configuration). Only chat products are kept.
  vendorFromCapture: {
    crisp: 'Crisp',
    intercom: 'Intercom',
    zendesk: 'Zendesk',
    tawkto: 'tawk.to',
    iadvize: 'iAdvize',
    livechat: 'LiveChat',
    tidio: 'Tidio',
    drift: 'Drift',
    freshchat: 'Freshchat',
    userlike: 'Userlike',
    smartsupp: 'Smartsupp',
    dydu: 'Dydu',
    inbenta: 'Inbenta',
    botpress: 'Botpress',
  },
  signals: [
    { type: 'inline-script', pattern: '[\'"]c:([a-z0-9]+)-[A-Za-z0-9]{2,12}[\'"]', weight: 0.9 },
  ],
  sources: ['https://developers.didomi.io/cmp/web-sdk/third-parties/custom-json-and-tags'],
});

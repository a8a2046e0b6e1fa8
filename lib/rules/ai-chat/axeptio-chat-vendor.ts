import { defineRule } from '../define-rule';

export default defineRule({
  id: 'axeptio-chat-vendor',
  kind: 'ai-chat',
  state: 'declared',
  description: {
    fr: 'Service de discussion que le site charge seulement après votre accord, dans le gestionnaire de cookies Axeptio.',
    en: 'Chat service the site loads only after your consent, through the Axeptio consent manager.',
  },
  // Sites wire Axeptio with `_axcb.push(sdk => sdk.on('cookies:complete', choices => { if (choices.crisp) … }))`:
  // the key read from `choices` is the vendor. Only chat products are kept.
  vendorFromCapture: {
    crisp: 'Crisp',
    intercom: 'Intercom',
    zendesk: 'Zendesk',
    zendesk_chat: 'Zendesk',
    zopim: 'Zendesk Chat (Zopim)',
    tawkto: 'tawk.to',
    tawk: 'tawk.to',
    iadvize: 'iAdvize',
    livechat: 'LiveChat',
    tidio: 'Tidio',
    drift: 'Drift',
    freshchat: 'Freshchat',
    userlike: 'Userlike',
    smartsupp: 'Smartsupp',
    hubspot_chat: 'HubSpot chat',
    botpress: 'Botpress',
    dydu: 'Dydu',
    inbenta: 'Inbenta',
  },
  signals: [
    { type: 'inline-script', pattern: '\\bchoices\\s*(?:\\.|\\[\\s*[\'"])([A-Za-z0-9_]+)', weight: 0.9 },
  ],
  sources: ['https://developers.axeptio.eu/v/francais/cookies/axeptio-javascript-sdk'],
});

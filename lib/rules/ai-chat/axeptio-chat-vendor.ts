import { CONSENT_CHAT_VENDORS } from '../consent-chat-vendors';
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
    ...CONSENT_CHAT_VENDORS,
    zendesk_chat: 'Zendesk',
    zopim: 'Zendesk Chat (Zopim)',
    tawk: 'tawk.to',
    hubspot_chat: 'HubSpot chat',
  },
  signals: [
    { type: 'inline-script', pattern: '\\bchoices\\s*(?:\\.|\\[\\s*[\'"])([A-Za-z0-9_]+)', weight: 0.9 },
  ],
  sources: ['https://developers.axeptio.eu/v/francais/cookies/axeptio-javascript-sdk'],
});

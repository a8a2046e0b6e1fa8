import { CONSENT_CHAT_VENDORS } from '../consent-chat-vendors';
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
  vendorFromCapture: CONSENT_CHAT_VENDORS,
  signals: [
    { type: 'inline-script', pattern: '[\'"]c:([a-z0-9]+)-[A-Za-z0-9]{2,12}[\'"]', weight: 0.9 },
  ],
  sources: ['https://developers.didomi.io/cmp/web-sdk/third-parties/custom-json-and-tags'],
});

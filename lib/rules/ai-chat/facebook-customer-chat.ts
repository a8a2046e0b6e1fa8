import { defineRule } from '../define-rule';

export default defineRule({
  id: 'facebook-customer-chat',
  kind: 'ai-chat',
  vendor: 'Messenger (Facebook)',
  chatKind: 'live_chat',
  description: {
    fr: 'Module de discussion Messenger de Facebook (arrêté en 2024, encore présent sur d’anciennes pages).',
    en: 'Facebook Messenger customer chat plugin (discontinued in 2024, still on older pages).',
  },
  signals: [
    { type: 'script-src', pattern: 'connect\\.facebook\\.net/[a-z_]+/sdk/xfbml\\.customerchat\\.js', weight: 0.9 },
    { type: 'selector', selector: '.fb-customerchat', weight: 0.9 },
    { type: 'iframe-src', pattern: 'facebook\\.com/v[0-9.]+/plugins/customerchat', weight: 0.9 },
  ],
  sources: ['https://developers.facebook.com/docs/messenger-platform/discovery/facebook-chat-plugin/', 'https://github.com/AmauriC/tarteaucitron.js'],
});

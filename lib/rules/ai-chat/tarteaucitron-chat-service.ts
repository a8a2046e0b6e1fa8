import { defineRule } from '../define-rule';

export default defineRule({
  id: 'tarteaucitron-chat-service',
  kind: 'ai-chat',
  state: 'declared',
  description: {
    fr: 'Service de discussion déclaré dans le gestionnaire de cookies tarteaucitron : il se charge si vous l’acceptez.',
    en: 'Chat service declared in the tarteaucitron consent manager: it loads if you accept it.',
  },
  // Only these tarteaucitron service keys are chat products; other services (analytics, videos) are ignored.
  vendorFromCapture: {
    // Keys of tarteaucitron.services.js (chat and support services only; names match the vendor rules).
    crisp: 'Crisp',
    intercomChat: 'Intercom',
    tawkto: 'tawk.to',
    zopim: 'Zendesk Chat (Zopim)',
    purechat: 'Pure Chat',
    userlike: 'Userlike',
    smartsupp: 'Smartsupp',
    zoho: 'Zoho SalesIQ',
    brevochat: 'Brevo Conversations',
    weply: 'Weply',
    tolkai: 'Tolk.ai',
    tolkaigenii: 'Tolk.ai',
    studizz: 'Studizz',
    ubib: 'Ubib',
    robofabrica: 'Robo Fabrica',
    pipedrive: 'Pipedrive LeadBooster',
    collectchat: 'Collect.chat',
    facebookcustomerchat: 'Messenger (Facebook)',
    // Not in the services file today, but sites declare custom services under these keys.
    iadvize: 'iAdvize',
    freshchat: 'Freshchat',
    tidio: 'Tidio',
    dydu: 'Dydu',
  },
  signals: [
    // (tarteaucitron.job = tarteaucitron.job || []).push('crisp');  — the documented way to add a service.
    { type: 'inline-script', pattern: 'tarteaucitron\\.job\\b[^;]{0,60}?\\.push\\(\\s*[\'"]([A-Za-z0-9_]+)[\'"]', weight: 0.9 },
  ],
  sources: ['https://tarteaucitron.io/fr/install/', 'https://github.com/AmauriC/tarteaucitron.js'],
});

import { defineRule } from '../define-rule';

export default defineRule({
  id: 'tawk-to',
  kind: 'ai-chat',
  vendor: 'tawk.to',
  chatKind: 'live_chat',
  description: {
    fr: 'Discussion en ligne tawk.to, avec des conseillers humains.',
    en: 'tawk.to live chat, with human agents.',
  },
  signals: [
    { type: 'script-src', pattern: 'embed\\.tawk\\.to/', weight: 0.9 },
    { type: 'inline-script', pattern: 'embed\\.tawk\\.to/|\\bTawk_API\\b', weight: 0.9 },
    { type: 'iframe-src', pattern: '\\.tawk\\.to/', weight: 0.9 },
  ],
  sources: ['https://developer.tawk.to/jsapi/'],
});

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
    { type: 'selector', selector: '.tawk-min-container, #tawkchat-container, #tawk-bubble-container', weight: 0.9 },
    // The newer widget uses random ids; its iframe title is stable but generic.
    { type: 'selector', selector: 'iframe[title="chat widget"]', weight: 0.4 },
    { type: 'page-global', name: 'Tawk_API', weight: 0.4 },
  ],
  sources: ['https://developer.tawk.to/jsapi/'],
});

import { defineRule } from '../define-rule';

export default defineRule({
  id: 'deep-chat',
  kind: 'ai-chat',
  vendor: 'Deep Chat',
  chatKind: 'ai_bot',
  description: {
    fr: 'Composant de discussion Deep Chat, qui relie une page à un modèle d’IA (OpenAI, Claude, Azure…) ou au serveur du site.',
    en: 'Deep Chat component, which connects a page to an AI model (OpenAI, Claude, Azure…) or to the site’s own server.',
  },
  signals: [
    // A custom element that renders in an open shadow root (deep-chat-react renders the same element).
    { type: 'selector', selector: 'deep-chat', weight: 0.9 },
    // Inside the shadow root: the chat view (messages and input), once rendered.
    { type: 'selector', selector: '#chat-view.deep-chat-downwards-mode, #chat-view.deep-chat-upwards-mode', weight: 0.9, panel: true },
    { type: 'script-src', pattern: '/deep-chat(?:-react)?(?:@[^/]*)?/|deepChat(?:\\.bundle)?(?:\\.min)?\\.js', weight: 0.9 },
    { type: 'inline-script', pattern: '(?:createElement|whenDefined|querySelector(?:All)?)\\(\\s*[\'"`]deep-chat[\'"`]|\\bfrom\\s*[\'"`]deep-chat(?:-react)?[\'"`]', weight: 0.8 },
  ],
  checkedWith: [{ package: 'deep-chat', version: '2.4.2' }],
  sources: ['https://github.com/OvidijusParsiunas/deep-chat', 'https://deepchat.dev/docs/installation', 'https://www.npmjs.com/package/deep-chat'],
});

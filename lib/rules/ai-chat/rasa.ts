import { defineRule } from '../define-rule';

export default defineRule({
  id: 'rasa',
  kind: 'ai-chat',
  vendor: 'Rasa Webchat',
  chatKind: 'ai_bot',
  description: {
    fr: 'Fenêtre de discussion Rasa Webchat (Botfront), pour les assistants conversationnels construits avec Rasa.',
    en: 'Rasa Webchat (Botfront) chat window, for conversational assistants built with Rasa.',
  },
  signals: [
    // The widget (lib/index.js, React) prefixes its classes with rw- since 0.8. Not .rw-widget-container:
    // react-widgets uses that name too.
    { type: 'selector', selector: '.rw-launcher, .rw-messages-container, #rw-messages, .rw-sender > .rw-new-message, #rasaWebchatPro', weight: 0.9 },
    // Header, messages and input box: the open conversation (embedded or launched).
    { type: 'selector', selector: '.rw-conversation-container', weight: 0.9, panel: true },
    // jsDelivr/unpkg or a self-hosted copy keeps the package name; mrbot-cdn served versions before 1.0.
    { type: 'script-src', pattern: 'rasa-webchat|mrbot-cdn/webchat', weight: 0.9 },
    { type: 'inline-script', pattern: 'rasa-webchat|mrbot-cdn/webchat', weight: 0.9 },
    // The documented start call (the UMD global is named WebChat, as Bot Framework's is, hence the lower weight).
    { type: 'inline-script', pattern: '\\bWebChat\\s*\\.\\s*default\\s*(?:\\.\\s*init\\s*)?\\(', weight: 0.7 },
  ],
  checkedWith: [{ package: 'rasa-webchat', version: '1.0.1' }],
  sources: ['https://github.com/botfront/rasa-webchat', 'https://www.npmjs.com/package/rasa-webchat', 'https://rasa.com/docs/rasa/connectors/your-own-website/'],
});

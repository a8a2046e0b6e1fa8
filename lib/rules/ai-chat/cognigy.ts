import { defineRule } from '../define-rule';

export default defineRule({
  id: 'cognigy',
  kind: 'ai-chat',
  vendor: 'Cognigy',
  chatKind: 'hybrid',
  description: {
    fr: 'Agent conversationnel Cognigy (IA), avec relais vers des conseillers (Cognigy Live Agent).',
    en: 'Cognigy conversational agent (AI), with handover to agents (Cognigy Live Agent).',
  },
  signals: [
    { type: 'selector', selector: '[data-cognigy-webchat-root], a#cognigyBrandingLink', weight: 0.9 },
    { type: 'selector', selector: '[data-cognigy-webchat-root] #webchatWindow', weight: 0.9, panel: true },
    { type: 'inline-script', pattern: '\\b__COGNIGY_WEBCHAT\\b|\\bcognigyWebchat(?:Message|Input)Plugins\\b|endpoint-[a-z0-9-]+\\.cognigy\\.ai/', weight: 0.8 },
    // initWebchat() is documented, but the name is generic; the script host is chosen by the site.
    { type: 'inline-script', pattern: '\\binitWebchat\\s*\\(', weight: 0.4 },
    // The documented embed loads the release asset from GitHub; copies elsewhere keep the path.
    { type: 'script-src', pattern: 'github\\.com/Cognigy/Webchat(?:Widget)?/releases/', weight: 0.9 },
    { type: 'script-src', pattern: '[/@]cognigy/webchat(?:widget)?[/@]', weight: 0.5 },
    { type: 'page-global', name: '__COGNIGY_WEBCHAT', weight: 0.4 },
  ],
  sources: ['https://github.com/Cognigy/WebchatWidget', 'https://docs.cognigy.com/webchat/'],
});

import { defineRule } from '../define-rule';

export default defineRule({
  id: 'typebot',
  kind: 'ai-chat',
  vendor: 'Typebot',
  chatKind: 'ai_bot',
  description: {
    fr: 'Parcours conversationnel Typebot (@typebot.io/js), qui peut faire répondre un modèle d’IA.',
    en: 'Typebot conversational flow (@typebot.io/js), which may have an AI model answer.',
  },
  signals: [
    // The three custom elements of the package's bubble, popup and inline modes (open shadow roots).
    { type: 'selector', selector: 'typebot-bubble, typebot-popup, typebot-standard', weight: 0.9 },
    // Inside them: the conversation, once it is drawn.
    { type: 'selector', selector: '.typebot-chat-view', weight: 0.6, panel: true },
    { type: 'script-src', pattern: '@typebot\\.io/js(?:@[^/]*)?/dist/web\\.js|typebot\\.io/js', weight: 0.9 },
    { type: 'inline-script', pattern: "@typebot\\.io/js|\\bTypebot\\s*\\.\\s*init(?:Bubble|Popup|Standard)\\s*\\(", weight: 0.9 },
    { type: 'iframe-src', pattern: '^https://(?:viewer\\.)?typebot\\.(?:io|co)/', weight: 0.9 },
    { type: 'page-global', name: 'Typebot', weight: 0.3 },
  ],
  sources: ['https://docs.typebot.io/deploy/web/libraries/html-javascript', 'https://www.npmjs.com/package/@typebot.io/js'],
  checkedWith: [{ package: '@typebot.io/js', version: '0.10.7' }],
});

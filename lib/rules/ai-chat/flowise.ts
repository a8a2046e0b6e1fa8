import { defineRule } from '../define-rule';

export default defineRule({
  id: 'flowise',
  kind: 'ai-chat',
  vendor: 'Flowise',
  chatKind: 'ai_bot',
  description: {
    fr: 'Assistant Flowise (flowise-embed), qui relie une page à une chaîne de modèles d’IA construite dans Flowise.',
    en: 'Flowise assistant (flowise-embed), which connects a page to a chain of AI models built in Flowise.',
  },
  signals: [
    // The package defines these two custom elements (bubble and full page); both render in an open shadow root.
    { type: 'selector', selector: 'flowise-chatbot, flowise-fullchatbot', weight: 0.9 },
    // Inside that shadow root: the message list, drawn only while the conversation is open. Two of
    // the package's own class names together, weaker because other embeds of the same lineage reuse them.
    { type: 'selector', selector: '.scrollable-container.chatbot-chat-view', weight: 0.6, panel: true },
    { type: 'script-src', pattern: 'flowise-embed(?:@[^/]*)?/dist/web(?:\\.min)?\\.js', weight: 0.9 },
    { type: 'inline-script', pattern: "flowise-embed|\\bChatbot\\s*\\.\\s*init(?:Full)?\\s*\\(\\s*\\{[^}]{0,300}chatflowid", weight: 0.9 },
    { type: 'page-global', name: '__flowise_mobile_resize_handler__', weight: 0.4 },
  ],
  sources: ['https://github.com/FlowiseAI/FlowiseChatEmbed', 'https://docs.flowiseai.com/using-flowise/embed', 'https://www.npmjs.com/package/flowise-embed'],
  checkedWith: [{ package: 'flowise-embed', version: '3.1.6' }],
});

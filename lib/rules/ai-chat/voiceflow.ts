import { defineRule } from '../define-rule';

export default defineRule({
  id: 'voiceflow',
  kind: 'ai-chat',
  vendor: 'Voiceflow',
  chatKind: 'ai_bot',
  description: {
    fr: 'Agent conversationnel Voiceflow, affiché par son widget de discussion (dans un shadow DOM).',
    en: 'Voiceflow conversational agent, shown by its chat widget (inside a shadow DOM).',
  },
  signals: [
    { type: 'script-src', pattern: 'cdn\\.voiceflow\\.com/widget(?:-next)?/bundle\\.mjs', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bvoiceflow\\s*\\.\\s*chat\\s*\\.\\s*load\\s*\\(|cdn\\.voiceflow\\.com/widget|general-runtime\\.voiceflow\\.com', weight: 0.9 },
    { type: 'selector', selector: '#voiceflow-chat, #voiceflow-chat-frame, .vfrc-launcher', weight: 0.9 },
    { type: 'selector', selector: '.vfrc-chat', weight: 0.9, panel: true },
    { type: 'page-global', name: 'voiceflow', weight: 0.4 },
  ],
  checkedWith: [{ package: '@voiceflow/react-chat', version: '1.65.2' }],
  sources: ['https://github.com/voiceflow/react-chat', 'https://docs.voiceflow.com/'],
});

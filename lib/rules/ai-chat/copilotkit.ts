import { defineRule } from '../define-rule';

export default defineRule({
  id: 'copilotkit',
  kind: 'ai-chat',
  vendor: 'CopilotKit',
  chatKind: 'ai_bot',
  description: {
    fr: 'Assistant CopilotKit (@copilotkit/react-ui) : une fenêtre, un panneau latéral ou une discussion intégrée, reliés à un modèle d’IA.',
    en: 'CopilotKit assistant (@copilotkit/react-ui): a popup, a sidebar or an inline chat, connected to an AI model.',
  },
  signals: [
    // The package's class names, the same in its three forms (popup, sidebar, inline chat).
    { type: 'selector', selector: '.copilotKitButton, .copilotKitPopup, .copilotKitSidebar, .copilotKitChat, .copilotKitWindow, .copilotKitInput', weight: 0.9 },
    // The conversation: the window (hidden, faded out while the popup is closed) or the inline chat.
    { type: 'selector', selector: '.copilotKitWindow, .copilotKitChat', weight: 0.9, panel: true },
    { type: 'inline-script', pattern: "@copilotkit/react-(?:ui|core)", weight: 0.9 },
  ],
  sources: ['https://docs.copilotkit.ai/', 'https://www.npmjs.com/package/@copilotkit/react-ui'],
  checkedWith: [{ package: '@copilotkit/react-ui', version: '1.74.0' }],
});

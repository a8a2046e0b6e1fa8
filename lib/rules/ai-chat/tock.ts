import { defineRule } from '../define-rule';

export default defineRule({
  id: 'tock',
  kind: 'ai-chat',
  vendor: 'Tock (The Open Conversation Kit)',
  chatKind: 'ai_bot',
  description: {
    fr: 'Chatbot Tock, plateforme libre créée par la SNCF, affiché avec tock-react-kit.',
    en: 'Tock chatbot, the open-source platform started by SNCF, shown with tock-react-kit.',
  },
  signals: [
    { type: 'script-src', pattern: 'tock-react-kit(?:@[^/]+)?/build/tock-react-kit-standalone\\.umd\\.js', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bTockReact\\s*\\.\\s*renderChat\\s*\\(', weight: 0.9 },
    // Tock styles with hashed Emotion classes; this one is stable (streamed LLM answers).
    { type: 'selector', selector: '.tock-streamed-response', weight: 0.9 },
    { type: 'page-global', name: 'TockReact', weight: 0.4 },
  ],
  sources: ['https://github.com/theopenconversationkit/tock-react-kit', 'https://doc.tock.ai/'],
});

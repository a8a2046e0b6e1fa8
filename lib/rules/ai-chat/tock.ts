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
    // The kit's message form: a field, then its send and clear buttons drawn as labelled icons. The
    // labels are the kit's defaults; a site may translate them, so the same form with any labels
    // (Emotion-styled, as the kit is) counts less.
    { type: 'selector', selector: 'form:has(> input + button > svg[role="img"][aria-label="Send a message"]):has(svg[role="img"][aria-label="Clear messages"])', weight: 0.9 },
    { type: 'selector', selector: 'form[class*="css-"]:has(> input + button > svg[role="img"][focusable="false"]):has(> button + button > svg[role="img"][focusable="false"])', weight: 0.5 },
    // The conversation: the live message list next to that form.
    { type: 'selector', selector: 'div:has(> [aria-live="polite"]):has(> form[class*="css-"] > input + button > svg[role="img"][focusable="false"])', weight: 0.5, panel: true },
    { type: 'page-global', name: 'TockReact', weight: 0.4 },
  ],
  checkedWith: [{ package: 'tock-react-kit', version: '23.9.2' }],
  sources: ['https://github.com/theopenconversationkit/tock-react-kit', 'https://doc.tock.ai/'],
});

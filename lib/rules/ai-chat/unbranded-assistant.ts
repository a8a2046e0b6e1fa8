import { defineRule } from '../define-rule';

/**
 * In-house or unknown assistants have no signature: only a combination of weak signals counts.
 * Each signal alone stays below the strong weight, so one of them gives at most `possible`.
 */
export default defineRule({
  id: 'unbranded-assistant',
  kind: 'ai-chat',
  chatKind: 'ai_bot',
  yieldsToVendorChat: true,
  description: {
    fr: 'Assistant conversationnel sans marque reconnue, repéré par un faisceau d’indices.',
    en: 'Conversational assistant from no known vendor, spotted through several clues.',
  },
  signals: [
    // A launcher or panel named as an assistant (accessible names are what screen readers announce).
    {
      type: 'attribute-text',
      pattern: '\\b(?:assistant(?:e)? virtuel(?:le)?|agent conversationnel|chatbot|discuter avec (?:notre|l\'|un|une) ?(?:assistant|conseiller virtuel|robot)|ouvrir (?:le|la) (?:chat|discussion|conversation)|virtual assistant|open chat)\\b',
      weight: 0.5,
      hints: ['assistant', 'agent conversationnel', 'chatbot', 'discuter avec', 'ouvrir l', 'open chat'],
    },
    // A bot greeting or self-presentation.
    {
      type: 'text',
      pattern: '\\b(?:je suis (?:votre |l\'|un |une )?(?:assistant(?:e)?|agent) (?:virtuel(?:le)?|conversationnel(?:le)?)|je suis un (?:robot|chatbot)|i am (?:a|your) virtual assistant|i\'m (?:a|your) virtual assistant)\\b',
      weight: 0.6,
      hints: ['virtuel', 'conversationnel', 'robot', 'chatbot', 'virtual assistant'],
    },
    // A conversation panel: a message log next to a text field.
    {
      type: 'selector',
      selector: '[role="dialog"]:has([role="log"]):has(textarea, input[type="text"]), [role="complementary"]:has([role="log"]):has(textarea, input[type="text"]), form:has(textarea, input[type="text"]) ~ [role="log"], [role="log"] ~ form:has(textarea, input[type="text"])',
      weight: 0.5,
    },
    { type: 'selector', selector: '[id*="chatbot" i], [class*="chatbot" i]', weight: 0.4 },
  ],
  sources: ['https://www.w3.org/TR/wai-aria-1.2/#log'],
});

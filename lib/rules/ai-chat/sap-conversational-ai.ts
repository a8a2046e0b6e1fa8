import { defineRule } from '../define-rule';

export default defineRule({
  id: 'sap-conversational-ai',
  kind: 'ai-chat',
  vendor: 'SAP Conversational AI (Recast.AI)',
  chatKind: 'ai_bot',
  description: {
    fr: 'Chatbot SAP Conversational AI (ex-Recast.AI), produit arrêté mais encore présent sur d’anciens sites.',
    en: 'SAP Conversational AI chatbot (formerly Recast.AI), a retired product still found on older sites.',
  },
  signals: [
    { type: 'script-src', pattern: 'cdn\\.cai\\.tools\\.sap/webchat/webchat\\.js|cdn\\.recast\\.ai/webchat/webchat\\.js', weight: 0.9 },
    // The loader tag carries this id; the webchat mounts into #cai-webchat-div.
    { type: 'selector', selector: 'script#cai-webchat, script#recast-webchat, #cai-webchat-div', weight: 0.9 },
    { type: 'selector', selector: '.RecastApp, .CaiApp', weight: 0.5 },
  ],
  sources: ['https://github.com/SAPConversationalAI/Webchat', 'https://help.sap.com/docs/CONVERSATIONAL_AI'],
});

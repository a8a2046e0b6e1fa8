// Assurance Maladie-like site: Voiceflow chat widget bundled from npm (@voiceflow/react-chat), overlay closed.
import '@voiceflow/react-chat/dist/bundle.mjs';

window.voiceflow.chat.load({
  verify: { projectID: '6650c0ffee11223344556677' },
  url: 'http://127.0.0.1:9',
  versionID: 'production',
  assistant: {
    title: 'Assistant IA Assurance Maladie',
    description: 'Je réponds à vos questions sur la Complémentaire santé solidaire.',
    color: '#0c419a',
    watermark: false,
  },
  render: { mode: 'overlay' },
});

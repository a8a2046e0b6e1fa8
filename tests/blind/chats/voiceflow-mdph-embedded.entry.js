// MDPH site: Voiceflow chat (npm @voiceflow/react-chat bundle) embedded open in the page.
import '@voiceflow/react-chat/dist/bundle.mjs';

window.voiceflow.chat.load({
  verify: { projectID: '6650c0ffee99887766554433' },
  url: 'http://127.0.0.1:9',
  versionID: 'production',
  assistant: {
    title: 'Assistant virtuel de la MDPH',
    description: 'Je vous oriente vers les aides adaptées à votre situation.',
    color: '#5b2a86',
  },
  render: { mode: 'embedded', target: document.getElementById('vf-embed') },
});

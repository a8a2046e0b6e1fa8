// Urssaf-like site: Typebot bubble (npm @typebot.io/js) with its preview message shown at load.
import Typebot from '@typebot.io/js/web';

Typebot.initBubble({
  typebot: 'urssaf-micro-entrepreneur-v3',
  apiHost: 'http://127.0.0.1:9',
  previewMessage: {
    message: 'Bonjour 👋 Je suis l’assistant IA de l’Urssaf. Une question sur votre déclaration ?',
    autoShowDelay: 0,
  },
  theme: {
    button: { backgroundColor: '#00377b', iconColor: '#ffffff' },
    previewMessage: { backgroundColor: '#ffffff', textColor: '#00377b', closeButtonBackgroundColor: '#ffffff', closeButtonIconColor: '#00377b' },
    chatWindow: { backgroundColor: '#ffffff' },
  },
});

import Typebot from '@typebot.io/js/web';

Typebot.initBubble({
  typebot: 'ot-lac-des-aulnes-balades',
  apiHost: 'http://127.0.0.1:9',
  previewMessage: {
    message: 'Bonjour ! Je suis Capucine, votre assistante virtuelle. Envie d’idées de balades autour du lac ?',
    autoShowDelay: 0,
  },
  theme: {
    button: { backgroundColor: '#2f7d4f', iconColor: '#FFFFFF' },
    previewMessage: { backgroundColor: '#ffffff', textColor: '#1f3a2a', closeButtonBackgroundColor: '#ffffff', closeButtonIconColor: '#1f3a2a' },
    chatWindow: { backgroundColor: '#ffffff' },
  },
});

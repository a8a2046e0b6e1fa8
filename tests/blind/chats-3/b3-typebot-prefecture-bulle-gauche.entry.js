import Typebot from '@typebot.io/js/web';

// Sous-préfecture (fictive) : bulle Typebot à gauche, icône personnalisée, message d'aperçu affiché au chargement.
Typebot.initBubble({
  typebot: 'sous-prefecture-accueil',
  apiHost: 'http://127.0.0.1:9',
  previewMessage: {
    message: 'Bonjour 👋 Je suis Capucine, l’assistante virtuelle de la sous-préfecture. Besoin d’un renseignement ?',
    autoShowDelay: 0,
  },
  theme: {
    placement: 'left',
    button: { backgroundColor: '#000091', size: 'large' },
    previewMessage: { backgroundColor: '#ffffff', textColor: '#161616', closeButtonBackgroundColor: '#000091', closeButtonIconColor: '#ffffff' },
    chatWindow: { backgroundColor: '#ffffff' },
  },
});

// Métropole — page « Tri et déchets : posez votre question », flowise-embed en mode page entière
// (initFull) dans le conteneur du site, thème aux couleurs de la Métropole, avertissement au démarrage.
import Chatbot from 'flowise-embed/dist/web.js';

Chatbot.initFull({
  chatflowid: '5c2e8f0a-tri-dechets-metropole',
  apiHost: 'http://127.0.0.1:9',
  theme: {
    disclaimer: {
      title: 'Avant de commencer',
      message: 'Cet assistant est une intelligence artificielle : ses réponses sont générées automatiquement et peuvent être inexactes. Ne saisissez pas de données personnelles.',
      buttonText: 'J’ai compris',
      denyButtonText: 'Retour',
      buttonColor: '#1d6b3a',
      backgroundColor: '#ffffff',
      textColor: '#1b1b1b',
    },
    chatWindow: {
      showTitle: true,
      title: 'Trions ensemble – l’assistant du tri',
      titleBackgroundColor: '#1d6b3a',
      titleTextColor: '#ffffff',
      welcomeMessage: 'Bonjour ! Dites-moi quel objet vous voulez jeter, je vous indique la bonne poubelle ou la déchèterie.',
      errorMessage: 'Le service est momentanément indisponible. Réessayez plus tard.',
      backgroundColor: '#f4f8f5',
      height: 560,
      width: '100%',
      fontSize: 15,
      starterPrompts: ['Où jeter une poêle ?', 'Horaires des déchèteries'],
      clearChatOnReload: true,
      botMessage: { backgroundColor: '#e3efe6', textColor: '#1b1b1b', showAvatar: false },
      userMessage: { backgroundColor: '#1d6b3a', textColor: '#ffffff', showAvatar: false },
      textInput: { placeholder: 'Votre question sur le tri', sendButtonColor: '#1d6b3a' },
      footer: { text: 'Métropole Val-de-Seine', company: '', companyLink: '' },
    },
  },
});

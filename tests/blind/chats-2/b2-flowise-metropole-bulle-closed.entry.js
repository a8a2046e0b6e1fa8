// Métropole « Rives de Garonne » : the site's bundle starts the Flowise bubble, raised above
// the page's "back to top" button, in the site's own colours and without the default
// tooltip; the chat window is closed at load.
import Chatbot from 'flowise-embed/dist/web.js';

Chatbot.init({
  chatflowid: '7d0c5a1e-2f64-4b7a-9e3f-5b8a1c2d4e90',
  apiHost: 'http://127.0.0.1:9',
  theme: {
    button: {
      backgroundColor: '#5b2c83',
      right: 32,
      bottom: 96,
      size: 56,
      dragAndDrop: false,
      iconColor: 'white',
      autoWindowOpen: { autoOpen: false, autoOpenOnMobile: false },
    },
    tooltip: { showTooltip: false },
    customCSS: '.chatbot-container { font-family: Marianne, Arial, sans-serif !important; }',
    chatWindow: {
      showTitle: true,
      showAgentMessages: false,
      title: 'Une question ? La Métropole vous répond',
      titleBackgroundColor: '#5b2c83',
      titleTextColor: '#ffffff',
      welcomeMessage:
        'Bonjour ! Je suis un agent conversationnel fondé sur l’intelligence artificielle. Je peux vous renseigner sur les transports, l’eau, les déchets et l’habitat dans la Métropole.',
      errorMessage: 'Le service est momentanément indisponible. Contactez Allô Métropole au 05 00 00 00 00.',
      backgroundColor: '#ffffff',
      height: 620,
      width: 380,
      fontSize: 15,
      starterPrompts: ['Horaires des déchèteries', 'Abonnement au réseau de bus', 'Aide à la rénovation'],
      clearChatOnReload: true,
      botMessage: { backgroundColor: '#f3eef8', textColor: '#1e1e1e', showAvatar: false },
      userMessage: { backgroundColor: '#5b2c83', textColor: '#ffffff', showAvatar: false },
      textInput: {
        placeholder: 'Écrivez votre question',
        backgroundColor: '#ffffff',
        textColor: '#1e1e1e',
        sendButtonColor: '#5b2c83',
        autoFocus: false,
        sendMessageSound: false,
        receiveMessageSound: false,
      },
      footer: { textColor: '#666666', text: 'Service proposé par', company: 'la Métropole', companyLink: '/' },
    },
  },
});

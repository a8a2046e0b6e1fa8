import Chatbot from 'flowise-embed/dist/web.js';

// Département (fictif) : Flowise en mode « full », mais dans un bloc de la page (l'élément
// <flowise-fullchatbot> est placé par le site dans sa colonne), thème aux couleurs du Département.
Chatbot.initFull({
  chatflowid: '5c1f2e7a-0d43-4b6f-9a8e-2f0c9d1e7b44',
  apiHost: 'http://127.0.0.1:9',
  theme: {
    chatWindow: {
      showTitle: true,
      title: 'Assistant Autonomie',
      titleBackgroundColor: '#00586f',
      titleTextColor: '#ffffff',
      welcomeMessage: 'Bonjour ! Je suis un assistant fondé sur l’intelligence artificielle. Je vous renseigne sur l’APA, la PCH et les aides aux aidants. Mes réponses peuvent comporter des erreurs.',
      errorMessage: 'Le service est indisponible pour le moment.',
      backgroundColor: '#ffffff',
      height: 520,
      fontSize: 15,
      starterPrompts: ['Comment demander l’APA ?', 'Qu’est-ce que la PCH ?'],
      botMessage: { backgroundColor: '#eef5f7', textColor: '#1d1d1d', showAvatar: false },
      userMessage: { backgroundColor: '#00586f', textColor: '#ffffff', showAvatar: false },
      textInput: { placeholder: 'Posez votre question', sendButtonColor: '#00586f' },
      footer: { textColor: '#666666', text: 'Service proposé par', company: 'le Département de la Brenne', companyLink: '#' },
    },
  },
});

// Site build of the university's library help page: Flowise's full (in-page) chat, site colours.
import Chatbot from 'flowise-embed/dist/web';

Chatbot.initFull({
  chatflowid: '7d1c0e52-4b8a-4f0e-9a11-bu-aide-en-ligne',
  apiHost: 'http://127.0.0.1:9',
  theme: {
    chatWindow: {
      showTitle: true,
      title: 'BU — Questions documentaires',
      titleBackgroundColor: '#4a2c6f',
      titleTextColor: '#ffffff',
      welcomeMessage:
        "Bonjour ! Je suis un assistant d'intelligence artificielle des bibliothèques universitaires. Je peux vous aider à trouver un ouvrage, réserver une salle ou comprendre le prêt entre bibliothèques.",
      backgroundColor: '#fbf9fd',
      fontSize: 15,
      botMessage: { backgroundColor: '#efe9f5', textColor: '#2b1d3d', showAvatar: false },
      userMessage: { backgroundColor: '#4a2c6f', textColor: '#ffffff', showAvatar: false },
      textInput: { placeholder: 'Votre question sur les BU…', backgroundColor: '#ffffff', textColor: '#2b1d3d', sendButtonColor: '#4a2c6f' },
      footer: { text: 'Service des bibliothèques', company: '', companyLink: '' },
    },
  },
});

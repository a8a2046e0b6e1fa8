// Département bundle: Flowise bubble opened automatically at load, with an AI notice in its footer.
import Chatbot from 'flowise-embed/dist/web';

Chatbot.init({
  chatflowid: 'gironde-transports-4b5c-9d8e-7f6a5b4c3d2e',
  apiHost: 'http://127.0.0.1:9',
  theme: {
    button: { backgroundColor: '#b5003c', right: 20, bottom: 20, size: 'medium', iconColor: 'white', autoWindowOpen: { autoOpen: true, openDelay: 0, autoOpenOnMobile: false } },
    tooltip: { showTooltip: false },
    chatWindow: {
      showTitle: true,
      title: 'Chatbot du Département',
      titleBackgroundColor: '#b5003c',
      titleTextColor: '#ffffff',
      welcomeMessage: 'Bonjour, je suis Gaïa. Posez-moi vos questions sur les transports scolaires.',
      height: 540,
      width: 380,
      textInput: { placeholder: 'Votre question…', sendButtonColor: '#b5003c' },
      footer: { textColor: '#555555', text: 'Réponses générées automatiquement par une IA, vérifiez les informations importantes.', company: '', companyLink: '' },
    },
  },
});

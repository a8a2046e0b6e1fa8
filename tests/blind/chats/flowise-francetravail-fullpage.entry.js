// France Travail "assistant" page: Flowise full-page chat (flowise-embed from npm).
import Chatbot from 'flowise-embed/dist/web';

Chatbot.initFull({
  chatflowid: 'ft-candidat-0000-1111-2222-333344445555',
  apiHost: 'http://127.0.0.1:9',
  theme: {
    chatWindow: {
      showTitle: true,
      title: 'Assistant virtuel France Travail',
      titleBackgroundColor: '#1d1e5c',
      titleTextColor: '#ffffff',
      welcomeMessage: 'Bonjour ! Je suis l’assistant virtuel de France Travail. Je peux vous aider pour votre inscription, votre actualisation et vos paiements.',
      backgroundColor: '#ffffff',
      height: 620,
      fontSize: 15,
      starterPrompts: ['Comment m’actualiser ?', 'Quand serai-je payé ?', 'Comment changer mon RIB ?'],
      botMessage: { backgroundColor: '#f1f1f8', textColor: '#1d1e5c', showAvatar: false },
      userMessage: { backgroundColor: '#1d1e5c', textColor: '#ffffff', showAvatar: false },
      textInput: { placeholder: 'Écrivez votre question', sendButtonColor: '#e6007e' },
      footer: { text: '', company: '', companyLink: '' },
    },
  },
});

import Chatbot from 'flowise-embed/dist/web.js';

Chatbot.init({
  chatflowid: '4f1c2d7e-9a3b-4c60-8e21-chu-accueil',
  apiHost: 'http://127.0.0.1:9',
  theme: {
    button: { backgroundColor: '#005a8c', right: 24, bottom: 24, size: 56, iconColor: 'white' },
    tooltip: {
      showTooltip: true,
      tooltipMessage: 'Posez vos questions à l’assistant IA du CHU',
      tooltipBackgroundColor: '#00324f',
      tooltipTextColor: 'white',
      tooltipFontSize: 14,
    },
    chatWindow: {
      showTitle: true,
      title: 'Accueil patients – CHU de Valmont',
      titleBackgroundColor: '#005a8c',
      titleTextColor: '#ffffff',
      welcomeMessage: 'Bonjour, je peux vous renseigner sur les visites, les consultations, le stationnement et les démarches d’admission.',
      errorMessage: 'Le service est momentanément indisponible. Appelez le standard au 00 00 00 00 00.',
      backgroundColor: '#ffffff',
      fontSize: 15,
      clearChatOnReload: true,
      botMessage: { backgroundColor: '#eef5fa', textColor: '#1b1b1b', showAvatar: false },
      userMessage: { backgroundColor: '#005a8c', textColor: '#ffffff', showAvatar: false },
      textInput: { placeholder: 'Votre question', backgroundColor: '#ffffff', textColor: '#1b1b1b', sendButtonColor: '#005a8c', sendMessageSound: false, receiveMessageSound: false },
      footer: { textColor: '#555', text: 'CHU de Valmont', company: '', companyLink: '' },
    },
  },
});

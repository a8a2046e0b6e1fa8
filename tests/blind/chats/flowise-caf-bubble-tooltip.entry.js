// Caf site bundle: Flowise chat bubble (flowise-embed from npm), closed, with a launcher tooltip.
import Chatbot from 'flowise-embed/dist/web';

Chatbot.init({
  chatflowid: 'b1c2d3e4-0000-4aaa-8bbb-caf033000001',
  apiHost: 'http://127.0.0.1:9',
  theme: {
    button: { backgroundColor: '#1c4b8f', right: 24, bottom: 24, size: 56, iconColor: 'white' },
    tooltip: { showTooltip: true, tooltipMessage: 'Une question ? Notre assistant IA vous répond 24h/24', tooltipBackgroundColor: '#1c4b8f', tooltipTextColor: 'white', tooltipFontSize: 15 },
    chatWindow: {
      showTitle: true,
      title: 'Assistant Caf',
      titleBackgroundColor: '#1c4b8f',
      titleTextColor: '#ffffff',
      welcomeMessage: 'Bonjour ! Je peux vous renseigner sur la prime d’activité, les aides au logement et vos démarches.',
      errorMessage: 'Le service est momentanément indisponible.',
      textInput: { placeholder: 'Votre question', sendButtonColor: '#1c4b8f' },
      footer: { text: 'Caf de la Gironde', company: '', companyLink: '' },
    },
  },
});

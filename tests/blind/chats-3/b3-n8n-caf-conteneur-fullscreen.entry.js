import '@n8n/chat/style.css';
import { createChat } from '@n8n/chat';

// Caf (fictive) : le widget n8n en mode « fullscreen », monté dans un bloc de la page d'aide
// (pas en fenêtre flottante), sans écran d'accueil, textes en français.
createChat({
  webhookUrl: 'http://127.0.0.1:9/webhook/caf-aide/chat',
  target: '#aide-conversation',
  mode: 'fullscreen',
  showWelcomeScreen: false,
  loadPreviousSession: false,
  initialMessages: [
    'Bonjour ! Je suis l’assistant virtuel de la Caf de la Brenne.',
    'Je réponds aux questions sur les aides au logement, la prime d’activité et le RSA.',
  ],
  i18n: {
    en: {
      title: 'Une question sur vos aides ?',
      subtitle: 'Posez-la ici, nous vous répondons tout de suite.',
      footer: '',
      getStarted: 'Nouvelle conversation',
      inputPlaceholder: 'Écrivez votre question…',
      closeButtonTooltip: 'Fermer',
    },
  },
});

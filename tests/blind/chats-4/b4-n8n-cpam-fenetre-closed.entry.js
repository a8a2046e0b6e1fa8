// Site module of the health-insurance fund's "remboursements" pages: n8n chat in window mode.
import '@n8n/chat/style.css';
import { createChat } from '@n8n/chat';

createChat({
  webhookUrl: 'http://127.0.0.1:9/webhook/cpam-remboursements/chat',
  target: '#cpam-chat',
  mode: 'window',
  showWelcomeScreen: false,
  loadPreviousSession: false,
  defaultLanguage: 'en',
  metadata: { rubrique: 'remboursements' },
  initialMessages: [
    'Bonjour 👋',
    'Une question sur un remboursement, une feuille de soins ou votre carte Vitale ? Écrivez-la ici.',
  ],
  i18n: {
    en: {
      title: 'Besoin d’un renseignement ?',
      subtitle: 'Je suis un assistant d’intelligence artificielle : vérifiez toujours les informations importantes dans votre compte.',
      footer: '',
      getStarted: 'Nouvelle conversation',
      inputPlaceholder: 'Votre question…',
      closeButtonTooltip: 'Fermer',
    },
  },
});

import '@n8n/chat/style.css';
import { createChat } from '@n8n/chat';

createChat({
  webhookUrl: 'http://127.0.0.1:9/webhook/region-lyceens-aides',
  target: '#aides-lyceens-chat',
  mode: 'fullscreen',
  loadPreviousSession: false,
  showWelcomeScreen: false,
  defaultLanguage: 'en',
  initialMessages: [
    'Bonjour 👋',
    'Je réponds à vos questions sur les aides de la Région aux lycéens : manuels scolaires, équipement professionnel, transport et restauration.',
  ],
  i18n: {
    en: {
      title: 'Aides aux lycéens',
      subtitle: 'Réponses générées par une intelligence artificielle, à vérifier auprès de votre lycée.',
      footer: '',
      getStarted: 'Nouvelle conversation',
      inputPlaceholder: 'Écrivez votre question…',
      closeButtonTooltip: 'Fermer',
    },
  },
});

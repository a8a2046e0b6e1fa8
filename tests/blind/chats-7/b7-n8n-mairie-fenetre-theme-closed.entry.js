// Town hall site: n8n chat in window mode, toggle only at load, site colours through CSS variables.
import '@n8n/chat/style.css';
import { createChat } from '@n8n/chat';

createChat({
  webhookUrl: 'http://127.0.0.1:9/webhook/etat-civil/chat',
  mode: 'window',
  showWelcomeScreen: false,
  loadPreviousSession: false,
  defaultLanguage: 'en',
  initialMessages: [
    'Bonjour 👋',
    "Je réponds à vos questions sur l'état civil, les cartes d'identité et les listes électorales.",
  ],
  i18n: {
    en: {
      title: 'Démarches en mairie',
      subtitle: 'Assistant IA de la Ville — il peut se tromper, vérifiez sur service-public.fr',
      footer: '',
      getStarted: 'Nouvelle conversation',
      inputPlaceholder: 'Écrivez votre question…',
      closeButtonTooltip: 'Fermer',
    },
  },
});

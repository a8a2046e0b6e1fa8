// Ville de Bourgoin-Jallieu: n8n chat rendered in a block of the page (fullscreen mode inside a target).
import '@n8n/chat/style.css';
import { createChat } from '@n8n/chat';

const target = document.getElementById('assistant-dechets');
target.style.setProperty('--chat--color-primary', '#2e7d32');
target.style.setProperty('--chat--header--background', '#2e7d32');

createChat({
  webhookUrl: 'http://127.0.0.1:9/webhook/tri-dechets/chat',
  target: '#assistant-dechets',
  mode: 'fullscreen',
  loadPreviousSession: false,
  showWelcomeScreen: false,
  defaultLanguage: 'en',
  initialMessages: ['Bonjour ! Je suis Camille 🌱', 'Demandez-moi dans quelle poubelle jeter un objet, ou les jours de collecte de votre rue.'],
  i18n: {
    en: {
      title: 'Camille, votre assistante tri',
      subtitle: 'Mairie de Bourgoin-Jallieu',
      footer: '',
      getStarted: 'Nouvelle conversation',
      inputPlaceholder: 'Ex. : où jeter une poêle ?',
    },
  },
});

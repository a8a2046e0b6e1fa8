// Département du Nord: a dedicated page whose whole body is the n8n chat.
import '@n8n/chat/style.css';
import { createChat } from '@n8n/chat';

document.documentElement.style.setProperty('--chat--color-primary', '#005ca9');
document.documentElement.style.setProperty('--chat--header--background', '#005ca9');

createChat({
  webhookUrl: 'http://127.0.0.1:9/webhook/nord-solidarite/chat',
  target: '#n8n-chat',
  mode: 'fullscreen',
  loadPreviousSession: false,
  showWelcomeScreen: false,
  defaultLanguage: 'en',
  initialMessages: ['Bonjour, je suis l’assistant du Département du Nord.', 'Je réponds aux questions sur le RSA, l’APA et la PCH.'],
  i18n: {
    en: {
      title: 'Assistant IA du Département',
      subtitle: 'Ses réponses, produites par intelligence artificielle, peuvent comporter des erreurs.',
      footer: 'Ne saisissez pas de données personnelles.',
      getStarted: 'Nouvelle conversation',
      inputPlaceholder: 'Votre question sur vos droits',
    },
  },
});

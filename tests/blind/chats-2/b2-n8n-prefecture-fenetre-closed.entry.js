// Préfecture : the site's bundle mounts the n8n chat in its "window" mode (a toggle button
// in the corner, the window closed at load), with a welcome screen, French texts and the
// prefecture's colours given through the package's CSS variables.
import '@n8n/chat/style.css';
import { createChat } from '@n8n/chat';

const style = document.createElement('style');
style.textContent = `
  :root {
    --chat--color-primary: #000091;
    --chat--color-primary-shade-50: #1212ff;
    --chat--color-secondary: #6a6af4;
    --chat--toggle--background: #000091;
    --chat--toggle--hover--background: #1212ff;
    --chat--header--background: #000091;
    --chat--font-family: Marianne, Arial, sans-serif;
    --chat--window--width: 380px;
    --chat--window--height: 560px;
  }`;
document.head.appendChild(style);

createChat({
  webhookUrl: 'http://127.0.0.1:9/webhook/0f6a2c3e-5d71-4b8e-a2c4-9e1f7b3d5a60/chat',
  target: '#n8n-chat',
  mode: 'window',
  showWelcomeScreen: true,
  loadPreviousSession: false,
  defaultLanguage: 'en',
  initialMessages: [
    'Bonjour,',
    'je suis l’assistant virtuel des services de l’État dans le département. Quelle est votre question ?',
  ],
  i18n: {
    en: {
      title: 'Assistant virtuel',
      subtitle: 'Titres de séjour, permis de conduire, cartes grises : posez votre question.',
      footer: 'Pour un dossier en cours, utilisez le formulaire de contact.',
      getStarted: 'Démarrer une conversation',
      inputPlaceholder: 'Votre question…',
      closeButtonTooltip: 'Fermer',
    },
  },
});

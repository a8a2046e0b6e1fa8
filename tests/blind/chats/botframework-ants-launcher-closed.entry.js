// ANTS-like site: robot button opening a panel with Bot Framework Web Chat (npm), closed at load.
import { createDirectLine, renderWebChat } from 'botframework-webchat';

const btn = document.getElementById('ants-chat-btn');
const panel = document.getElementById('ants-chat');
const setOpen = (open) => { panel.hidden = !open; btn.setAttribute('aria-expanded', String(open)); };
btn.addEventListener('click', () => setOpen(panel.hidden));
document.getElementById('ants-close').addEventListener('click', () => setOpen(false));

renderWebChat(
  {
    directLine: createDirectLine({ domain: 'http://127.0.0.1:9/v3/directline', token: 'ants-token', webSocket: false }),
    locale: 'fr-FR',
    styleOptions: { botAvatarInitials: 'IA', accent: '#000091', hideUploadButton: true, sendBoxPlaceholder: 'Votre question' },
  },
  document.getElementById('ants-webchat'),
);

// Région — « Assistant lycées » : botframework-webchat rendu par le site dans un panneau flottant
// ouvert au chargement, thème aux couleurs de la Région (styleOptions).
import { renderWebChat, createDirectLine } from 'botframework-webchat';

const directLine = createDirectLine({ token: 'jeton-de-demo-region', domain: 'http://127.0.0.1:9/v3/directline', webSocket: false });
renderWebChat({
  directLine,
  locale: 'fr-FR',
  userID: 'visiteur',
  username: 'Vous',
  styleOptions: {
    accent: '#c2185b',
    backgroundColor: '#fff8fb',
    bubbleBackground: '#fde4ef',
    bubbleBorderRadius: 12,
    bubbleFromUserBackground: '#c2185b',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 12,
    botAvatarInitials: 'R',
    userAvatarInitials: 'V',
    avatarSize: 32,
    hideUploadButton: true,
    sendBoxButtonColor: '#c2185b',
    sendBoxPlaceholderColor: '#7a5565',
    primaryFont: "'Segoe UI', Arial, sans-serif",
    rootHeight: '100%',
  },
}, document.getElementById('webchat-region'));
document.getElementById('region-reduire').addEventListener('click', (e) => {
  const p = document.getElementById('region-panneau');
  const reduit = p.classList.toggle('reduit');
  e.currentTarget.setAttribute('aria-expanded', String(!reduit));
  e.currentTarget.textContent = reduit ? 'Ouvrir' : 'Réduire';
});

// Prefecture site: Bot Framework Web Chat in the site's docked panel, open at load, custom styleOptions.
import { createDirectLine, renderWebChat } from 'botframework-webchat';

renderWebChat(
  {
    directLine: createDirectLine({ token: 'site-token-pref', domain: 'http://127.0.0.1:9/v3/directline', webSocket: false }),
    locale: 'fr-FR',
    userID: 'visiteur',
    styleOptions: {
      accent: '#000091',
      backgroundColor: '#f6f6f6',
      bubbleBackground: '#e3e3fd',
      bubbleBorderRadius: 8,
      bubbleFromUserBackground: '#000091',
      bubbleFromUserTextColor: '#ffffff',
      bubbleFromUserBorderRadius: 8,
      botAvatarInitials: 'PR',
      userAvatarInitials: 'V',
      hideUploadButton: true,
      primaryFont: 'Marianne, Arial, sans-serif',
      sendBoxHeight: 48,
    },
  },
  document.getElementById('pref-webchat'),
);

import { createDirectLine, renderWebChat } from 'botframework-webchat';

// Centre hospitalier (fictif) : Web Chat rendu dans la fenêtre flottante du site, ouverte au chargement.
// Le bandeau de la fenêtre est celui du site.
const directLine = createDirectLine({ domain: 'http://127.0.0.1:9/v3/directline', token: 'jeton-de-demonstration', webSocket: false });
renderWebChat(
  {
    directLine,
    locale: 'fr-FR',
    userID: 'visiteur',
    username: 'Visiteur',
    styleOptions: {
      accent: '#d35400',
      botAvatarInitials: 'CH',
      hideUploadButton: true,
      bubbleBackground: '#fdf2ea',
      bubbleFromUserBackground: '#d35400',
      bubbleFromUserTextColor: '#ffffff',
      rootHeight: '100%',
      sendBoxButtonColor: '#d35400',
    },
  },
  document.getElementById('ch-webchat'),
);
document.getElementById('ch-fermer').addEventListener('click', () => document.getElementById('ch-fenetre').classList.add('ch-ferme'));

// impots.gouv-like page: Microsoft Bot Framework Web Chat (npm botframework-webchat) rendered inline.
import { createDirectLine, renderWebChat } from 'botframework-webchat';

const directLine = createDirectLine({
  domain: 'http://127.0.0.1:9/v3/directline',
  token: 'dl-token-placeholder',
  webSocket: false,
});

renderWebChat(
  {
    directLine,
    locale: 'fr-FR',
    userID: 'usager-anonyme',
    username: 'Vous',
    styleOptions: {
      botAvatarInitials: 'A',
      userAvatarInitials: 'V',
      accent: '#000091',
      bubbleBackground: '#f0f0ff',
      sendBoxPlaceholder: 'Posez votre question à Amélie',
      hideUploadButton: true,
    },
  },
  document.getElementById('webchat'),
);

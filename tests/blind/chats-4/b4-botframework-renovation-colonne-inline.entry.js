// Site module of the housing-renovation agency's help page: Bot Framework Web Chat rendered in the
// help block of the content column.
import { createDirectLine, renderWebChat } from 'botframework-webchat';

const directLine = createDirectLine({
  domain: 'http://127.0.0.1:9/v3/directline',
  token: 'jeton-de-demo-renovation',
  webSocket: false,
});

const styleOptions = {
  accent: '#000091',
  backgroundColor: '#f6f6f6',
  bubbleBackground: '#ffffff',
  bubbleBorderRadius: 4,
  bubbleFromUserBackground: '#e3e3fd',
  bubbleFromUserBorderRadius: 4,
  botAvatarInitials: 'FR',
  userAvatarInitials: 'Moi',
  hideUploadButton: true,
  primaryFont: 'Marianne, Arial, sans-serif',
  sendBoxBackground: '#ffffff',
  sendBoxButtonColor: '#000091',
  rootHeight: '100%',
  rootWidth: '100%',
};

renderWebChat(
  {
    directLine,
    styleOptions,
    locale: 'fr-FR',
    username: 'Visiteur',
    overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: 'Votre question sur les aides à la rénovation' },
  },
  document.getElementById('renov-webchat'),
);

// CHU (teaching hospital): the "Préparer mon admission" assistant has its own page,
// given over to Bot Framework Web Chat (renderWebChat with a Direct Line connection),
// in French, with the hospital's style options.
import { createDirectLine, renderWebChat } from 'botframework-webchat';

const directLine = createDirectLine({
  domain: 'http://127.0.0.1:9/v3/directline',
  token: 'eyJhbGciOiJSUzI1NiJ9.chu-admission.offline',
  webSocket: false,
});

const styleOptions = {
  accent: '#006a8e',
  backgroundColor: '#f6f8f9',
  bubbleBackground: '#ffffff',
  bubbleBorderColor: '#c9d3d8',
  bubbleBorderRadius: 6,
  bubbleFromUserBackground: '#006a8e',
  bubbleFromUserTextColor: '#ffffff',
  bubbleFromUserBorderRadius: 6,
  botAvatarInitials: 'CHU',
  userAvatarInitials: 'Moi',
  hideUploadButton: true,
  primaryFont: 'Arial, Helvetica, sans-serif',
  rootHeight: '100%',
  rootWidth: '100%',
  sendBoxBackground: '#ffffff',
  sendBoxBorderTop: 'solid 1px #c9d3d8',
  suggestedActionLayout: 'flow',
};

renderWebChat(
  {
    directLine,
    styleOptions,
    locale: 'fr-FR',
    username: 'Patient',
    overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: 'Votre question sur votre admission' },
  },
  document.getElementById('admission-webchat'),
);

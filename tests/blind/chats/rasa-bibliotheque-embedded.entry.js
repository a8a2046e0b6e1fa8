// University library: Rasa webchat (npm rasa-webchat) embedded open in the page.
import RasaWebchat from 'rasa-webchat';
import { createElement } from 'react';
import { render } from 'react-dom';

const Widget = RasaWebchat.default ?? RasaWebchat;
render(
  createElement(Widget, {
    socketUrl: 'http://127.0.0.1:9',
    initPayload: '/accueil',
    embedded: true,
    title: 'Chatbot de la BU',
    subtitle: 'Bibliothèques universitaires',
    inputTextFieldHint: 'Ex. : comment prolonger un prêt ?',
    hideWhenNotConnected: false,
    connectOn: 'open',
    withRules: false,
    showCloseButton: false,
  }),
  document.getElementById('bu-chat'),
);

// Ville de Pessac: Rasa webchat widget (npm rasa-webchat) with its launcher closed at load.
import RasaWebchat from 'rasa-webchat';
import { createElement } from 'react';
import { render } from 'react-dom';

const Widget = RasaWebchat.default ?? RasaWebchat;
const host = document.createElement('div');
document.body.appendChild(host);

render(
  createElement(Widget, {
    socketUrl: 'http://127.0.0.1:9',
    socketPath: '/socket.io/',
    initPayload: '/bonjour',
    customData: { language: 'fr' },
    title: 'Assistant urbanisme',
    subtitle: 'Propulsé par l’intelligence artificielle',
    inputTextFieldHint: 'Tapez votre question…',
    showMessageDate: true,
    hideWhenNotConnected: false,
    connectOn: 'open',
    withRules: false,
    params: { storage: 'session' },
  }),
  host,
);

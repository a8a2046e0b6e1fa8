// Site module of the CAF "Prime d'activité" help page: the Rasa widget embedded in the help column.
import { selfMount } from 'rasa-webchat';

selfMount(
  {
    socketUrl: 'http://127.0.0.1:9/',
    socketPath: '/socket.io/',
    customData: { language: 'fr', canal: 'web-prime-activite' },
    initPayload: '/bonjour_prime',
    embedded: true,
    withRules: false,
    hideWhenNotConnected: false,
    title: 'Questions sur la prime d’activité',
    subtitle: 'Caf des Monts-de-Vère',
    inputTextFieldHint: 'Écrivez votre question…',
    connectingText: 'Connexion au service…',
    showMessageDate: true,
    params: { storage: 'session' },
  },
  document.getElementById('caf-assistant-zone'),
);

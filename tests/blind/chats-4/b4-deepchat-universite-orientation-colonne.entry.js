// Site module of the university's guidance service page: a <deep-chat> placed in the content column,
// talking to the university's own endpoint.
import 'deep-chat';

const chat = document.createElement('deep-chat');
chat.id = 'suio-chat';
chat.connect = { url: 'http://127.0.0.1:9/api/suio/question', method: 'POST' };
chat.introMessage = {
  text: 'Bonjour ! Je suis un agent conversationnel fondé sur l’intelligence artificielle. Je réponds sur les licences, les passerelles et les réorientations, à partir des pages du SUIO. Je peux me tromper : pour un conseil personnalisé, prenez rendez-vous avec une conseillère d’orientation.',
};
chat.names = { ai: { text: 'SUIO' }, user: { text: 'Vous' } };
chat.textInput = { placeholder: { text: 'Ex. : peut-on changer de licence en cours d’année ?' } };
chat.errorMessages = { displayServiceErrorMessages: false, overrides: { default: 'Le service ne répond pas pour le moment. Réessayez plus tard.' } };
chat.chatStyle = { width: '100%', height: '520px', border: '1px solid #c9d3dd', borderRadius: '6px', backgroundColor: '#ffffff', fontFamily: 'Georgia, serif' };
chat.messageStyles = { default: { ai: { bubble: { backgroundColor: '#eef3f7', color: '#1b2a38', maxWidth: '88%' } }, user: { bubble: { backgroundColor: '#8c1d40' } } } };
chat.submitButtonStyles = { submit: { container: { default: { backgroundColor: '#8c1d40' } } } };

document.getElementById('suio-chat-slot').appendChild(chat);

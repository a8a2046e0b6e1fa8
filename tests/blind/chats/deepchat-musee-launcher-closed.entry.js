// Museum site: "Posez votre question" button opening a panel with Deep Chat (npm deep-chat), closed at load.
import 'deep-chat';

const btn = document.getElementById('visit-help');
const panel = document.getElementById('visit-panel');
const chat = document.createElement('deep-chat');
chat.demo = true;
chat.introMessage = { text: 'Bonjour, je suis Hugo, votre guide. Que souhaitez-vous savoir sur votre visite ?' };
chat.textInput = { placeholder: { text: 'Horaires, tarifs, accès…' } };
chat.chatStyle = { width: '340px', height: '440px', border: 'none' };
panel.appendChild(chat);
btn.addEventListener('click', () => {
  panel.hidden = !panel.hidden;
  btn.setAttribute('aria-expanded', String(!panel.hidden));
});

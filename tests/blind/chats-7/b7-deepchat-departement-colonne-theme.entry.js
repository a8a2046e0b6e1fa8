// Department site: deep-chat in the content column, the site's colours and an intro message.
import 'deep-chat';

const el = document.createElement('deep-chat');
el.setAttribute('id', 'dep-aide-routes');
el.connect = { url: 'http://127.0.0.1:9/api/routes/chat', method: 'POST' };
el.introMessage = {
  text: "Bonjour, je suis Routi, l'assistant virtuel des routes départementales. Posez-moi vos questions sur la viabilité hivernale, les travaux ou les permissions de voirie.",
};
el.textInput = { placeholder: { text: 'Votre question sur les routes du département' } };
el.chatStyle = { width: '100%', height: '460px', border: '1px solid #cfd8dc', borderRadius: '6px', backgroundColor: '#f7fafb', fontFamily: 'Marianne, Arial, sans-serif' };
el.messageStyles = {
  default: {
    ai: { bubble: { backgroundColor: '#e0f0ec', color: '#0b3d33' } },
    user: { bubble: { backgroundColor: '#00695c', color: '#ffffff' } },
  },
};
el.submitButtonStyles = { submit: { container: { default: { backgroundColor: '#00695c', borderRadius: '4px' } } } };
document.getElementById('dep-chat-slot').appendChild(el);

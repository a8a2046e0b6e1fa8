import 'deep-chat';

const panel = document.getElementById('ccas-panel');
const chat = document.createElement('deep-chat');
chat.connect = { url: 'http://127.0.0.1:9/ccas/chat', method: 'POST' };
chat.introMessage = { text: 'Bonjour, je suis l’assistant virtuel du CCAS de Montreval. Je peux vous aider pour l’aide alimentaire, la domiciliation ou le portage de repas.' };
chat.textInput = { placeholder: { text: 'Votre question…' } };
chat.submitButtonStyles = { submit: { container: { default: { backgroundColor: '#8a1538' } }, svg: { styles: { default: { filter: 'brightness(0) invert(1)' } } } } };
chat.style.width = '100%';
chat.style.height = '380px';
chat.style.border = 'none';
chat.style.borderRadius = '0';
chat.errorMessages = { displayServiceErrorMessages: false, overrides: { default: 'Le service est indisponible. Appelez l’accueil du CCAS au 00 00 00 00 00.' } };
panel.querySelector('.ccas-body').appendChild(chat);

document.getElementById('ccas-reduire').addEventListener('click', () => {
  panel.hidden = true;
  document.getElementById('ccas-ouvrir').hidden = false;
});
document.getElementById('ccas-ouvrir').addEventListener('click', (e) => {
  panel.hidden = false;
  e.currentTarget.hidden = true;
});

// MSA-like page: Deep Chat web component (npm deep-chat) inline, in demo mode, with an intro message.
import 'deep-chat';

const chat = document.createElement('deep-chat');
chat.demo = true;
chat.introMessage = { text: 'Bonjour ! Je suis un assistant conversationnel utilisant l’intelligence artificielle. Mes réponses peuvent contenir des erreurs : vérifiez-les dans votre espace privé.' };
chat.textInput = { placeholder: { text: 'Votre question sur la prime d’activité…' } };
chat.chatStyle = { width: '100%', height: '420px', borderRadius: '10px', border: '1px solid #cfe3d6', fontFamily: 'Arial, sans-serif' };
chat.messageStyles = { default: { ai: { bubble: { backgroundColor: '#e9f4ee', color: '#0b3b22' } }, user: { bubble: { backgroundColor: '#006e3c' } } } };
document.getElementById('msa-assistant').appendChild(chat);

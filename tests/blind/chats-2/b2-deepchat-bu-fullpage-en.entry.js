// University library (English pages): the "Ask the library" page is given over to a
// deep-chat element sized to the viewport; the site has no backend for it yet, so it
// runs in the package's demo mode with a fixed reply.
import 'deep-chat';

const chat = document.createElement('deep-chat');
chat.id = 'ask-library';
chat.demo = {
  response: () => ({
    text: 'Thank you. A librarian will review this conversation; for urgent matters, call the information desk.',
  }),
};
chat.introMessage = [
  {
    text: 'Hello! I am the library’s AI assistant. My answers are generated automatically and may be wrong: please check opening hours and loan rules on the library website.',
  },
  { text: 'You can ask me about borrowing, study rooms, interlibrary loans or access to online resources.' },
];
chat.names = { ai: { text: 'Library' }, user: { text: 'You' } };
chat.textInput = { placeholder: { text: 'Ask the library…' }, styles: { container: { border: '1px solid #8a8a8a', borderRadius: '4px' } } };
chat.chatStyle = {
  width: '100%',
  height: 'calc(100vh - 150px)',
  border: 'none',
  borderTop: '4px solid #a51c30',
  backgroundColor: '#fbfaf8',
  fontFamily: 'Georgia, serif',
  fontSize: '16px',
};
chat.messageStyles = {
  default: {
    ai: { bubble: { backgroundColor: '#ffffff', border: '1px solid #e1ddd5', maxWidth: '70%' } },
    user: { bubble: { backgroundColor: '#a51c30', color: '#ffffff' } },
  },
};
chat.submitButtonStyles = { submit: { container: { default: { backgroundColor: '#a51c30', borderRadius: '4px' } } } };
document.getElementById('ask-root').appendChild(chat);

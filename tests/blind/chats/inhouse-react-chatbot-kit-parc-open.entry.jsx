// Parc du Vercors: in-house helper built with react-chatbot-kit (React 18), panel open at load.
import * as ChatbotKit from 'react-chatbot-kit';
import 'react-chatbot-kit/build/main.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const Chatbot = ChatbotKit.default?.default ?? ChatbotKit.default ?? ChatbotKit.Chatbot;
const createChatBotMessage = ChatbotKit.createChatBotMessage ?? ChatbotKit.default?.createChatBotMessage;

const config = {
  botName: 'Marius',
  initialMessages: [
    createChatBotMessage('Bonjour, je suis Marius, un assistant automatique basé sur l’intelligence artificielle.'),
    createChatBotMessage('Je peux vous proposer un itinéraire selon votre niveau.'),
  ],
  customStyles: { botMessageBox: { backgroundColor: '#4a7a2c' }, chatButton: { backgroundColor: '#4a7a2c' } },
};
class MessageParser { constructor(actionProvider) { this.actionProvider = actionProvider; } parse(message) { this.actionProvider.reply(message); } }
class ActionProvider {
  constructor(createMessage, setState) { this.createMessage = createMessage; this.setState = setState; }
  reply() { const m = this.createMessage('Consultez les fiches itinéraires du Parc.'); this.setState((s) => ({ ...s, messages: [...s.messages, m] })); }
}

function Marius() {
  const [open, setOpen] = useState(true);
  if (!open) return <button className="btn marius" type="button" onClick={() => setOpen(true)}>Marius</button>;
  return (
    <div className="marius">
      <button className="marius-close" type="button" aria-label="Fermer" onClick={() => setOpen(false)}>×</button>
      <Chatbot config={config} messageParser={MessageParser} actionProvider={ActionProvider} headerText="Conversation avec Marius" placeholderText="Votre question sur les randonnées" />
    </div>
  );
}
const host = document.createElement('div');
document.body.appendChild(host);
createRoot(host).render(<Marius />);

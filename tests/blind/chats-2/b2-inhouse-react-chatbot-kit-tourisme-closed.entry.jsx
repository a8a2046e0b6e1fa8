// Office de tourisme intercommunal: the tourist office's own assistant, made with the
// react-chatbot-kit UI kit. A text button opens it; the kit is mounted only when the
// visitor opens it. The kit's header is left as it comes (English: "Conversation with …").
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import { Chatbot, createChatBotMessage } from 'react-chatbot-kit';
import 'react-chatbot-kit/build/main.css';

const config = {
  botName: 'Capucine',
  initialMessages: [
    createChatBotMessage('Bonjour et bienvenue ! Je suis Capucine, un assistant basé sur l’intelligence artificielle.'),
    createChatBotMessage('Hébergements, randonnées, marchés, visites guidées : que cherchez-vous ?', { delay: 400 }),
  ],
  customStyles: {
    botMessageBox: { backgroundColor: '#2a7f62' },
    chatButton: { backgroundColor: '#2a7f62' },
  },
};

class MessageParser {
  constructor(actionProvider) {
    this.actionProvider = actionProvider;
  }
  parse(message) {
    const m = message.toLowerCase();
    if (m.includes('randonn')) return this.actionProvider.reply('Le topoguide des 24 sentiers balisés est disponible gratuitement à l’accueil et en téléchargement.');
    if (m.includes('march')) return this.actionProvider.reply('Marchés : le mardi matin place de la Halle, le samedi matin au port.');
    if (m.includes('héberg') || m.includes('hotel') || m.includes('hôtel') || m.includes('camping'))
      return this.actionProvider.reply('Consultez la liste des hébergements classés sur notre page « Où dormir ».');
    return this.actionProvider.reply('Je transmets votre question à un conseiller en séjour, qui vous répondra par courriel.');
  }
}

class ActionProvider {
  constructor(createChatBotMessage, setStateFunc) {
    this.createChatBotMessage = createChatBotMessage;
    this.setState = setStateFunc;
  }
  reply(text) {
    const msg = this.createChatBotMessage(text);
    this.setState((prev) => ({ ...prev, messages: [...prev.messages, msg] }));
  }
}

function TourismeChat() {
  const [open, setOpen] = useState(false);
  return (
    <div className="ot-chat">
      {open && (
        <div className="ot-chat__window">
          <Chatbot config={config} messageParser={MessageParser} actionProvider={ActionProvider} placeholderText="Votre question…" />
        </div>
      )}
      <button type="button" className="ot-chat__toggle" onClick={() => setOpen(!open)} aria-expanded={open}>
        {open ? 'Fermer' : 'Posez-nous vos questions'}
      </button>
    </div>
  );
}

const style = document.createElement('style');
style.textContent = `
.ot-chat{position:fixed;right:20px;bottom:20px;z-index:400;display:flex;flex-direction:column;align-items:flex-end;gap:10px}
.ot-chat__toggle{background:#2a7f62;color:#fff;border:0;border-radius:22px;padding:12px 20px;font:700 15px Arial,sans-serif;cursor:pointer;box-shadow:0 3px 10px rgba(0,0,0,.25)}
.ot-chat__window{box-shadow:0 6px 20px rgba(0,0,0,.2);border-radius:5px}
.ot-chat__window .react-chatbot-kit-chat-container{width:330px}`;
document.head.appendChild(style);

createRoot(document.getElementById('ot-assistant')).render(<TourismeChat />);

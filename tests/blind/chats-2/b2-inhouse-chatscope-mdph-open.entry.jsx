// MDPH (maison départementale des personnes handicapées): the department's own assistant,
// built on the chatscope UI kit, in a floating panel open when the page loads. Header
// with the assistant's name and a line saying how its answers are produced.
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import '@chatscope/chat-ui-kit-styles/dist/default/styles.min.css';
import {
  Avatar,
  ChatContainer,
  ConversationHeader,
  MainContainer,
  Message,
  MessageInput,
  MessageList,
  TypingIndicator,
} from '@chatscope/chat-ui-kit-react';

const AVATAR =
  'data:image/svg+xml;utf8,' +
  encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 42 42"><rect width="42" height="42" rx="21" fill="#00857a"/><text x="21" y="27" text-anchor="middle" font-size="15" font-family="Arial" fill="#fff">MD</text></svg>');

function MdphAssistant() {
  const [open, setOpen] = useState(true);
  const [typing, setTyping] = useState(false);
  const [messages, setMessages] = useState([
    {
      message: 'Bonjour, je réponds à vos questions sur les demandes à la MDPH : AAH, PCH, carte mobilité inclusion, orientation scolaire.',
      sender: 'MDPH',
      direction: 'incoming',
      position: 'single',
    },
  ]);
  const onSend = async (_html, textContent) => {
    setMessages((m) => [...m, { message: textContent, sender: 'usager', direction: 'outgoing', position: 'single' }]);
    setTyping(true);
    try {
      const r = await fetch('http://127.0.0.1:9/mdph/assistant', { method: 'POST', body: textContent });
      const t = await r.text();
      setMessages((m) => [...m, { message: t, sender: 'MDPH', direction: 'incoming', position: 'single' }]);
    } catch {
      setMessages((m) => [
        ...m,
        { message: 'Le service ne répond pas. Vous pouvez appeler l’accueil de la MDPH du lundi au vendredi.', sender: 'MDPH', direction: 'incoming', position: 'single' },
      ]);
    } finally {
      setTyping(false);
    }
  };
  if (!open) {
    return (
      <button type="button" className="mdph-open" onClick={() => setOpen(true)}>
        Assistant MDPH
      </button>
    );
  }
  return (
    <div className="mdph-panel">
      <MainContainer>
        <ChatContainer>
          <ConversationHeader>
            <Avatar src={AVATAR} name="MDPH" />
            <ConversationHeader.Content userName="Assistant virtuel de la MDPH" info="Assistant IA – réponses générées automatiquement" />
            <ConversationHeader.Actions>
              <button type="button" className="mdph-close" aria-label="Fermer" onClick={() => setOpen(false)}>×</button>
            </ConversationHeader.Actions>
          </ConversationHeader>
          <MessageList typingIndicator={typing ? <TypingIndicator content="L’assistant écrit" /> : null}>
            {messages.map((m, i) => (
              <Message key={i} model={m}>
                {m.direction === 'incoming' && <Avatar src={AVATAR} name="MDPH" />}
              </Message>
            ))}
          </MessageList>
          <MessageInput placeholder="Écrivez votre question" attachButton={false} onSend={onSend} />
        </ChatContainer>
      </MainContainer>
    </div>
  );
}

const style = document.createElement('style');
style.textContent = `
.mdph-panel{position:fixed;right:24px;bottom:24px;width:380px;height:500px;z-index:700;box-shadow:0 8px 28px rgba(0,0,0,.22);border-radius:8px;overflow:hidden}
.mdph-panel .cs-conversation-header{background:#e6f4f2}
.mdph-panel .cs-message--incoming .cs-message__content{background:#e6f4f2}
.mdph-panel .cs-message--outgoing .cs-message__content{background:#00857a;color:#fff}
.mdph-close{border:0;background:none;font-size:24px;cursor:pointer}
.mdph-open{position:fixed;right:24px;bottom:24px;background:#00857a;color:#fff;border:0;border-radius:6px;padding:12px 16px;font-weight:700}`;
document.head.appendChild(style);

createRoot(document.getElementById('mdph-assistant')).render(<MdphAssistant />);

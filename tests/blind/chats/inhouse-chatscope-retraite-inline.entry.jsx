// Carsat page: in-house assistant built with the chatscope UI kit (React 18), inline.
import '@chatscope/chat-ui-kit-styles/dist/default/styles.min.css';
import { MainContainer, ChatContainer, MessageList, Message, MessageInput, ConversationHeader, Avatar } from '@chatscope/chat-ui-kit-react';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const AVATAR = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 40 40%22%3E%3Ccircle cx=%2220%22 cy=%2220%22 r=%2220%22 fill=%22%230a4f8f%22/%3E%3C/svg%3E';

function Conseil() {
  const [messages, setMessages] = useState([
    { message: 'Bonjour ! Je vous guide dans la préparation de votre demande de retraite.', sender: 'Assistant', direction: 'incoming' },
    { message: 'À quel âge puis-je partir ?', sender: 'Vous', direction: 'outgoing' },
    { message: 'Cela dépend de votre année de naissance. Indiquez-la moi.', sender: 'Assistant', direction: 'incoming' },
  ]);
  const onSend = (text) => setMessages((m) => [...m, { message: text, sender: 'Vous', direction: 'outgoing' }]);
  return (
    <MainContainer>
      <ChatContainer>
        <ConversationHeader>
          <Avatar src={AVATAR} name="Assistant" />
          <ConversationHeader.Content userName="Assistant virtuel retraite" info="Disponible 24h/24" />
        </ConversationHeader>
        <MessageList>
          {messages.map((m, i) => <Message key={i} model={{ message: m.message, sender: m.sender, direction: m.direction, position: 'single' }} />)}
        </MessageList>
        <MessageInput placeholder="Écrivez votre question" attachButton={false} onSend={onSend} />
      </ChatContainer>
    </MainContainer>
  );
}
createRoot(document.getElementById('conseil')).render(<Conseil />);

// CCAS d'une ville — l'assistant du CCAS composé à partir des composants de @botpress/webchat
// (Container, Header, MessageList, Composer) dans la colonne de contenu du site, sans bouton flottant.
import { useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { Container, Header, MessageList, Composer, useWebchat, StylesheetProvider } from '@botpress/webchat';

const config = {
  botName: 'Assistant du CCAS',
  botDescription: 'Assistant IA : réponses générées automatiquement, à vérifier auprès d’un agent',
  composerPlaceholder: 'Posez votre question (aides, domiciliation, portage de repas…)',
};
function AideCcas() {
  const { client, messages, isTyping, user, clientState, newConversation } = useWebchat({
    clientId: '7f3c1e52-ccas-villeneuve',
    apiUrl: 'http://127.0.0.1:9',
  });
  const enriched = useMemo(() => messages.map((m) => {
    const direction = m.authorId === user?.userId ? 'outgoing' : 'incoming';
    return { ...m, direction, sender: direction === 'outgoing' ? { name: 'Vous' } : { name: config.botName } };
  }), [messages, user]);
  return (
    <>
      <StylesheetProvider color="#b3261e" fontFamily="inter" radius={2} variant="soft" themeMode="light" />
      <Container connected={clientState !== 'disconnected'} style={{ width: '100%', height: '520px', display: 'flex' }}>
        <Header restartConversation={newConversation} configuration={{ botName: config.botName, botDescription: config.botDescription }} />
        <MessageList botName={config.botName} botDescription={config.botDescription} isTyping={isTyping} messages={enriched} sendMessage={client?.sendMessage} />
        <Composer connected={clientState !== 'disconnected'} sendMessage={client?.sendMessage} composerPlaceholder={config.composerPlaceholder} />
      </Container>
    </>
  );
}
createRoot(document.getElementById('ccas-assistant')).render(<AideCcas />);

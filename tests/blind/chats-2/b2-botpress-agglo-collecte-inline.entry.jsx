// Agglomération « Cœur de Loire » : the waste-collection page embeds the Botpress webchat
// inline, built from the package's own components (Container, Header, MessageList,
// Composer) in the page's content column, not as a floating window.
import { createRoot } from 'react-dom/client';
import { useMemo } from 'react';
import { Composer, Container, Header, MessageList, StylesheetProvider, useWebchat } from '@botpress/webchat';

const config = {
  botName: 'Tri’Bot',
  botDescription: 'Assistant IA de l’agglomération : réponses générées automatiquement, à vérifier sur le calendrier officiel de collecte.',
  composerPlaceholder: 'Votre question sur la collecte, les déchèteries, le tri…',
};

function CollecteAssistant() {
  const { client, messages, isTyping, user, clientState, newConversation } = useWebchat({
    clientId: '4b1f6a0e-8c1d-4e2a-9a51-7d3c2f0b9e61',
    apiUrl: 'http://127.0.0.1:9/',
    storageKey: 'agglo-collecte-chat',
  });
  const enriched = useMemo(
    () =>
      messages.map((m) => {
        const direction = m.authorId === user?.userId ? 'outgoing' : 'incoming';
        return { ...m, direction, sender: direction === 'outgoing' ? { name: 'Vous' } : { name: config.botName } };
      }),
    [messages, user],
  );
  return (
    <>
      <StylesheetProvider color="#00754a" fontFamily="inter" radius={2} themeMode="light" variant="soft" headerVariant="solid" />
      <Container
        connected={clientState !== 'disconnected'}
        className="agglo-chat"
        style={{ width: '100%', height: '540px', position: 'relative', border: '1px solid #cfd8d3' }}
      >
        <Header
          defaultOpen
          restartConversation={newConversation}
          configuration={{ botName: config.botName, botDescription: config.botDescription }}
        />
        <MessageList
          botName={config.botName}
          botDescription={config.botDescription}
          isTyping={isTyping}
          messages={enriched}
          sendMessage={client?.sendMessage}
        />
        <Composer
          connected={clientState !== 'disconnected'}
          sendMessage={client?.sendMessage}
          composerPlaceholder={config.composerPlaceholder}
        />
      </Container>
    </>
  );
}

createRoot(document.getElementById('assistant-collecte')).render(<CollecteAssistant />);

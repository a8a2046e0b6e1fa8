// TER site: Tock chat (tock-react-kit from npm) rendered inline, greeting added locally.
import { TockContext, Chat, ThemeProvider, createTheme, useTock } from 'tock-react-kit';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';

const ENDPOINT = 'http://127.0.0.1:9/io/ter/assistant/web';

function Welcome() {
  const { addMessage, messages } = useTock(ENDPOINT, undefined, true);
  useEffect(() => {
    if (!messages.length) addMessage('Bonjour, je suis Léo, l’assistant TER. Indiquez-moi votre gare de départ et votre destination.', 'bot');
  }, []);
  return null;
}

const theme = createTheme({
  palette: {
    text: { user: '#ffffff', bot: '#20376a', card: '#20376a', input: '#20376a' },
    background: { user: '#20376a', bot: '#eef2f8', card: '#ffffff', input: '#ffffff', inputDisabled: '#e0e0e0' },
  },
  sizing: { borderRadius: '12px', conversation: { width: '100%' } },
  typography: { fontFamily: 'Arial, Helvetica, sans-serif', fontSize: '15px' },
});

createRoot(document.getElementById('assistant-ter')).render(
  <TockContext settings={{ locale: 'fr' }}>
    <ThemeProvider theme={theme}>
      <Welcome />
      <Chat endPoint={ENDPOINT} disableSse accessibility={{ input: { sendButtonLabel: 'Envoyer', clearButtonLabel: 'Effacer la conversation' } }} />
    </ThemeProvider>
  </TockContext>,
);

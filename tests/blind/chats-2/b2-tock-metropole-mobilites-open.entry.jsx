// Métropole, "Mobilités" pages: the site's own floating panel (header, close button)
// holds the Tock React kit's Chat, open at load; the site adds a local greeting to the
// conversation through useTock before the bot answers.
import { createRoot } from 'react-dom/client';
import { useEffect, useRef, useState } from 'react';
import { Chat, ThemeProvider, TockContext, createTheme, useTock } from 'tock-react-kit';

const END_POINT = 'http://127.0.0.1:9/io/metropole/mobilites/web';

const theme = createTheme({
  palette: {
    text: { user: '#ffffff', bot: '#161616', card: '#161616', input: '#161616' },
    background: { user: '#e4002b', bot: '#f2f2f2', card: '#ffffff', input: '#ffffff', inputDisabled: '#e5e5e5' },
  },
  sizing: { borderRadius: '4px', conversation: { width: '100%' } },
  typography: { fontFamily: 'Arial, sans-serif', fontSize: '15px' },
  overrides: {
    chat: 'background: #ffffff; height: 100%;',
    chatInput: { input: 'border: 1px solid #929292; border-radius: 4px;' },
  },
});

function Greeting() {
  const { addMessage, messages } = useTock(END_POINT, undefined, true);
  const done = useRef(false);
  useEffect(() => {
    if (done.current || messages.length) return;
    done.current = true;
    addMessage('Bonjour, je suis Mona, l’assistante virtuelle de la Métropole. Horaires, tarifs, perturbations : que puis-je faire pour vous ?', 'bot');
  }, []);
  return null;
}

function Panel() {
  const [open, setOpen] = useState(true);
  if (!open) {
    return (
      <button type="button" className="mob-launcher" onClick={() => setOpen(true)}>
        Mona
      </button>
    );
  }
  return (
    <section className="mob-panel" aria-label="Mona, assistante mobilités">
      <header className="mob-panel__head">
        <span className="mob-panel__title">Mona · Mobilités</span>
        <button type="button" className="mob-panel__close" aria-label="Réduire" onClick={() => setOpen(false)}>–</button>
      </header>
      <div className="mob-panel__body">
        <Chat endPoint={END_POINT} disableSse accessibility={{ input: { sendButtonLabel: 'Envoyer', clearButtonLabel: 'Effacer la conversation' } }} />
      </div>
    </section>
  );
}

const style = document.createElement('style');
style.textContent = `
  .mob-panel { position: fixed; right: 20px; bottom: 20px; width: 360px; height: 520px; display: flex; flex-direction: column;
    background: #fff; border: 1px solid #d0d0d0; box-shadow: 0 6px 24px rgba(0,0,0,.18); z-index: 900; font-family: Arial, sans-serif; }
  .mob-panel__head { display: flex; align-items: center; justify-content: space-between; background: #e4002b; color: #fff; padding: 10px 14px; }
  .mob-panel__title { font-weight: 700; }
  .mob-panel__close { background: none; border: 0; color: #fff; font-size: 22px; cursor: pointer; }
  .mob-panel__body { flex: 1; min-height: 0; display: flex; flex-direction: column; }
  .mob-panel__body > * { flex: 1; min-height: 0; }
  .mob-launcher { position: fixed; right: 20px; bottom: 20px; background: #e4002b; color: #fff; border: 0; border-radius: 24px; padding: 12px 20px; font-weight: 700; }
`;
document.head.appendChild(style);

createRoot(document.getElementById('mobilites-chat')).render(
  <TockContext settings={{ locale: 'fr' }}>
    <ThemeProvider theme={theme}>
      <Greeting />
      <Panel />
    </ThemeProvider>
  </TockContext>,
);

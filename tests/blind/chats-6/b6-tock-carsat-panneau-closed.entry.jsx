// Caisse régionale de retraite (Carsat-like) — tock-react-kit monté dans le panneau du site au premier clic
// sur le bouton « Assistance retraite » ; le message d'accueil est ajouté côté site.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { TockContext, Chat, ThemeProvider, createTheme, useTock } from 'tock-react-kit';

const ENDPOINT = 'http://127.0.0.1:9/io/retraite/web';
const theme = createTheme({
  palette: {
    text: { user: '#ffffff', bot: '#1f2a44', card: '#1f2a44', input: '#1f2a44' },
    background: { user: '#e4572e', bot: '#eef1f7', card: '#ffffff', input: '#ffffff', inputDisabled: '#cccccc' },
  },
  sizing: { borderRadius: '10px', conversation: { width: '100%' } },
  typography: { fontFamily: 'Arial, sans-serif', fontSize: '14px' },
});
function Accueil() {
  const { addMessage, messages } = useTock(ENDPOINT, undefined, true);
  useEffect(() => {
    if (!messages.length) {
      addMessage('Bonjour ! Je suis l’assistant retraite, une intelligence artificielle. Mes réponses sont générées automatiquement et ne remplacent pas l’étude de votre dossier.', 'bot');
      addMessage('Posez-moi une question sur votre relevé de carrière, l’âge de départ ou votre demande de retraite.', 'bot');
    }
  }, []);
  return null;
}
function Panneau() {
  return (
    <TockContext settings={{ locale: 'fr', localStorage: { prefix: 'carsat-demo' } }}>
      <ThemeProvider theme={theme}>
        <Accueil />
        <Chat endPoint={ENDPOINT} disableSse />
      </ThemeProvider>
    </TockContext>
  );
}
const btn = document.getElementById('btn-assistance');
const panel = document.getElementById('panneau-assistance');
let root = null;
btn.addEventListener('click', () => {
  const ouvrir = panel.hidden;
  panel.hidden = !ouvrir;
  btn.setAttribute('aria-expanded', String(ouvrir));
  if (ouvrir && !root) { root = createRoot(panel.querySelector('.corps')); root.render(<Panneau />); }
});
panel.querySelector('.fermer').addEventListener('click', () => { panel.hidden = true; btn.setAttribute('aria-expanded', 'false'); });

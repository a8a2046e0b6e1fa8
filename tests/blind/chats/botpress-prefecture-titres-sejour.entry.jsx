// Préfecture site bundle: Botpress webchat (npm), closed at load, opened by its floating button.
import { Webchat, Fab } from '@botpress/webchat';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const configuration = {
  botName: 'Assistant IA de la préfecture',
  botDescription: 'Réponses générées par intelligence artificielle, sans valeur juridique',
  composerPlaceholder: 'Posez votre question sur les titres de séjour',
  color: '#000091',
  variant: 'solid',
  themeMode: 'light',
  fontFamily: 'inter',
  radius: 1,
};

function PrefectureChat() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Webchat
        clientId="3f1c2a9e-7b51-4c8e-9d0a-5e6f7a8b9c01"
        apiUrl="http://127.0.0.1:9/"
        configuration={configuration}
        closeWindow={() => setOpen(false)}
        style={{ width: '380px', height: '560px', display: open ? 'flex' : 'none', position: 'fixed', bottom: '96px', right: '24px', zIndex: 1000 }}
      />
      <Fab onClick={() => setOpen((o) => !o)} style={{ position: 'fixed', bottom: '24px', right: '24px', width: '60px', height: '60px', zIndex: 1000 }} />
    </>
  );
}

const host = document.createElement('div');
host.id = 'pref-webchat';
document.body.appendChild(host);
createRoot(host).render(<PrefectureChat />);

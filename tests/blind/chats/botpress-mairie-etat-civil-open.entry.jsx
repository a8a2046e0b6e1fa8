// Ville de Saint-Priest: Botpress webchat panel shown open at load, next to its floating button.
import { Webchat, Fab } from '@botpress/webchat';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function Leonie() {
  const [open, setOpen] = useState(true);
  return (
    <>
      <Webchat
        clientId="8a7e6d5c-4b3a-4291-8f7e-6d5c4b3a2910"
        apiUrl="http://127.0.0.1:9/"
        configuration={{
          botName: 'Léonie',
          botDescription: 'Votre assistante virtuelle : état civil, écoles, déchets',
          composerPlaceholder: 'Écrivez votre message…',
          color: '#00696f',
          website: { title: 'saint-priest.fr', link: 'https://www.ville-saint-priest.fr' },
          privacyPolicy: { title: 'Données personnelles', link: '#' },
        }}
        closeWindow={() => setOpen(false)}
        style={{ width: '360px', height: '520px', display: open ? 'flex' : 'none', position: 'fixed', bottom: '90px', right: '20px', zIndex: 50 }}
      />
      <Fab onClick={() => setOpen((o) => !o)} style={{ position: 'fixed', bottom: '20px', right: '20px', width: '56px', height: '56px', zIndex: 50 }} />
    </>
  );
}
const el = document.createElement('div');
document.body.appendChild(el);
createRoot(el).render(<Leonie />);

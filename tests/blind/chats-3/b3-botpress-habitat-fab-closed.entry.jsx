import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Fab, Webchat } from '@botpress/webchat';

// Bailleur social (fictif) : le bouton flottant (Fab) de Botpress et la fenêtre Webchat,
// montée par le site dans un conteneur qu'il masque tant que le bouton n'a pas été cliqué.
function Widget() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <div className="bp-conteneur" style={{ display: open ? 'block' : 'none' }}>
        <Webchat
          clientId="8f3c1a52-6b7e-4d0a-b2c9-1e5f7a9d3c60"
          apiUrl="http://127.0.0.1:9"
          configuration={{
            botName: 'Assistant locataires',
            botDescription: 'Assistant IA de Val-Brenne Logement. Ses réponses peuvent comporter des erreurs.',
            color: '#7b3f00',
            variant: 'solid',
            themeMode: 'light',
            fontFamily: 'inter',
            radius: 2,
          }}
          closeWindow={() => setOpen(false)}
        />
      </div>
      <div className="bp-fab">
        <Fab onClick={() => setOpen((o) => !o)} aria-label="Assistant" />
      </div>
    </>
  );
}
createRoot(document.getElementById('bp-racine')).render(<Widget />);

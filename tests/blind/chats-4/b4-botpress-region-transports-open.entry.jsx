// Site module of the region's school-transport pages: Botpress Webchat in a floating panel open on arrival,
// with the site's own close/reopen button.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Webchat, Fab, fr } from '@botpress/webchat';

const configuration = {
  botName: 'Mobi’Scol',
  botDescription: 'Assistant IA des transports scolaires — il peut se tromper, vérifiez auprès de votre point d’accueil.',
  composerPlaceholder: 'Votre question sur les cars scolaires…',
  color: '#6b2a87',
  themeMode: 'light',
  variant: 'solid',
  radius: 2,
  fontFamily: 'inter',
  website: { title: 'transports.region-val-de-marne-et-loir.example', link: '#' },
  phone: { title: '00 00 00 00 00', link: 'tel:0000000000' },
};

function TransportsAssistant() {
  const [open, setOpen] = useState(true);
  return (
    <>
      <Webchat
        clientId="5f0c2e0a-7b41-4d8e-9a37-2d1f6c0b9e11"
        apiUrl="http://127.0.0.1:9"
        configuration={configuration}
        locale={fr}
        style={{
          width: '380px',
          height: '560px',
          display: open ? 'flex' : 'none',
          position: 'fixed',
          bottom: '96px',
          right: '24px',
          zIndex: 40,
          boxShadow: '0 8px 28px rgba(0,0,0,.22)',
          borderRadius: '12px',
        }}
      />
      <Fab
        onClick={() => setOpen((o) => !o)}
        style={{ position: 'fixed', bottom: '24px', right: '24px', width: '60px', height: '60px', zIndex: 41 }}
      />
    </>
  );
}

createRoot(document.getElementById('region-webchat')).render(<TransportsAssistant />);

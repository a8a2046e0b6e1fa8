// Département bundle: a React panel, open at load, hosting the NLUX AiChat (npm @nlux/react).
import { AiChat } from '@nlux/react';
import '@nlux/themes/nova.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const adapter = {
  streamText: (message, observer) => {
    observer.next('Je transmets votre question à la Maison des solidarités la plus proche.');
    observer.complete();
  },
};

function Hugo() {
  const [open, setOpen] = useState(true);
  if (!open) return <button id="hugo-fab" type="button" aria-label="Ouvrir Hugo" onClick={() => setOpen(true)}>💬</button>;
  return (
    <section id="hugo" aria-label="Hugo">
      <div className="hugo-head"><strong>Hugo</strong><button type="button" aria-label="Réduire" onClick={() => setOpen(false)}>–</button></div>
      <div className="hugo-body">
        <AiChat
          adapter={adapter}
          personaOptions={{ assistant: { name: 'Hugo', tagline: 'Votre guide des aides départementales', avatar: 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 40 40%22%3E%3Ccircle cx=%2220%22 cy=%2220%22 r=%2220%22 fill=%22%2300528c%22/%3E%3C/svg%3E' } }}
          composerOptions={{ placeholder: 'Posez votre question à Hugo' }}
          displayOptions={{ colorScheme: 'light', height: '100%' }}
        />
      </div>
    </section>
  );
}
const host = document.createElement('div');
document.body.appendChild(host);
createRoot(host).render(<Hugo />);

// Région, "Carte jeune" pages: a "Une question sur la carte ?" button opens the site's
// dialog, which only then mounts NLUX's AiChat (React) with the Luna theme, a persona
// and conversation starters; replies come from a local adapter (no backend here).
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import { AiChat, useAsStreamAdapter } from '@nlux/react';
import '@nlux/themes/luna.css';

const AVATAR =
  'data:image/svg+xml;utf8,' +
  encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><circle cx="20" cy="20" r="20" fill="#ff6f4c"/><text x="20" y="26" font-size="16" text-anchor="middle" fill="#fff" font-family="Arial">L</text></svg>');

function CarteJeuneChat() {
  const adapter = useAsStreamAdapter((message, observer) => {
    const reply = 'Merci pour votre question. Les conditions de la carte jeune sont détaillées dans la rubrique « Qui peut en bénéficier ? ».';
    setTimeout(() => {
      observer.next(reply);
      observer.complete();
    }, 300);
  }, []);
  return (
    <AiChat
      adapter={adapter}
      className="carte-jeune-chat"
      displayOptions={{ themeId: 'luna', colorScheme: 'light', width: '100%', height: 460 }}
      personaOptions={{
        assistant: {
          name: 'Lou',
          avatar: AVATAR,
          tagline: 'Assistante IA de la Région : mes réponses sont générées automatiquement.',
        },
        user: { name: 'Vous', avatar: AVATAR },
      }}
      conversationOptions={{
        layout: 'bubbles',
        conversationStarters: [
          { prompt: 'Qui peut avoir la carte jeune ?' },
          { prompt: 'Comment recharger ma carte ?' },
          { prompt: 'Où utiliser mes avantages culture ?' },
        ],
      }}
      composerOptions={{ placeholder: 'Écrivez votre question…' }}
    />
  );
}

function CarteJeuneHelp() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="cj-launcher" aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen(!open)}>
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24"><path fill="currentColor" d="M4 4h16v12H7l-3 3z" /></svg>
        Une question sur la carte ?
      </button>
      {open && (
        <div className="cj-dialog" role="dialog" aria-modal="false" aria-label="Questions sur la carte jeune">
          <div className="cj-dialog__bar">
            <span>Carte jeune</span>
            <button type="button" aria-label="Fermer" onClick={() => setOpen(false)}>×</button>
          </div>
          <CarteJeuneChat />
        </div>
      )}
    </>
  );
}

const style = document.createElement('style');
style.textContent = `
  .cj-launcher { position: fixed; right: 24px; bottom: 24px; z-index: 800; display: inline-flex; gap: 8px; align-items: center;
    background: #ff6f4c; color: #1a1a1a; font: 700 16px/1 Arial, sans-serif; border: 0; border-radius: 28px; padding: 14px 20px; cursor: pointer;
    box-shadow: 0 4px 12px rgba(0,0,0,.2); }
  .cj-dialog { position: fixed; right: 24px; bottom: 84px; width: 380px; z-index: 801; background: #fff; border-radius: 12px;
    box-shadow: 0 8px 30px rgba(0,0,0,.25); overflow: hidden; font-family: Arial, sans-serif; }
  .cj-dialog__bar { display: flex; justify-content: space-between; align-items: center; padding: 8px 12px; background: #1a1a1a; color: #fff; font-weight: 700; }
  .cj-dialog__bar button { background: none; border: 0; color: #fff; font-size: 22px; cursor: pointer; }
`;
document.head.appendChild(style);

createRoot(document.getElementById('carte-jeune-aide')).render(<CarteJeuneHelp />);

// Public employment service: the "Assistant" button of the header tools, rendered by React; the drawer
// is mounted (through a portal) only while open.
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { createRoot } from 'react-dom/client';

async function demander(question) {
  try {
    const res = await fetch('http://127.0.0.1:9/assistant/v2/conversation', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ question, canal: 'site-candidat' }),
    });
    if (!res.ok) throw new Error(String(res.status));
    return (await res.json()).texte;
  } catch {
    return 'Le service est indisponible pour le moment. Vous pouvez contacter votre conseiller depuis votre espace personnel ou appeler le 39 49.';
  }
}

function Tiroir({ onClose }) {
  const [fil, setFil] = useState([
    { de: 'bot', txt: 'Bonjour ! Inscription, actualisation, allocation, formation : posez votre question.' },
  ]);
  const [saisie, setSaisie] = useState('');
  const [attente, setAttente] = useState(false);
  const champ = useRef(null);
  useEffect(() => {
    champ.current?.focus();
    const onKey = (e) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  const envoyer = async (e) => {
    e.preventDefault();
    const q = saisie.trim();
    if (!q || attente) return;
    setFil((f) => [...f, { de: 'moi', txt: q }]);
    setSaisie('');
    setAttente(true);
    const r = await demander(q);
    setFil((f) => [...f, { de: 'bot', txt: r }]);
    setAttente(false);
  };
  return createPortal(
    <div className="ft-tiroir" role="dialog" aria-modal="true" aria-labelledby="ft-tiroir-titre">
      <div className="ft-tiroir__entete">
        <h2 id="ft-tiroir-titre" className="ft-tiroir__titre">Assistant</h2>
        <button type="button" className="fr-btn fr-btn--tertiary-no-outline" onClick={onClose}>Fermer ✕</button>
      </div>
      <div className="fr-notice ft-notice">
        <p>Les réponses de cet assistant sont produites par une intelligence artificielle à partir des pages du site. Elles peuvent contenir des erreurs et ne remplacent pas l’avis de votre conseiller.</p>
      </div>
      <ul className="ft-fil" aria-live="polite">
        {fil.map((m, i) => (
          <li key={i} className={`ft-bulle ft-bulle--${m.de}`}>{m.txt}</li>
        ))}
        {attente && <li className="ft-bulle ft-bulle--bot">…</li>}
      </ul>
      <form className="ft-form" onSubmit={envoyer}>
        <label htmlFor="ft-champ" className="fr-label">Votre question</label>
        <div className="ft-form__ligne">
          <input id="ft-champ" ref={champ} className="fr-input" value={saisie} onChange={(e) => setSaisie(e.target.value)} />
          <button type="submit" className="fr-btn">Envoyer</button>
        </div>
      </form>
    </div>,
    document.body,
  );
}

function BoutonAssistant() {
  const [ouvert, setOuvert] = useState(false);
  return (
    <>
      <button type="button" className="fr-btn fr-btn--tertiary ft-btn-assistant" aria-expanded={ouvert} onClick={() => setOuvert((o) => !o)}>
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path fill="currentColor" d="M4 4h16v12H8l-4 4z" /></svg>
        Assistant
      </button>
      {ouvert && <Tiroir onClose={() => setOuvert(false)} />}
    </>
  );
}

createRoot(document.getElementById('ft-assistant-entree')).render(<BoutonAssistant />);

import { useState } from 'react';
import { createRoot } from 'react-dom/client';

// Préfecture (fictive) : fenêtre flottante ouverte au chargement, React 18, classes DSFR.
const THEMES = ['Renouveler un titre de séjour', 'Attestation de prolongation', 'Naturalisation'];
function Fenetre() {
  const [reduit, setReduit] = useState(false);
  const [fil, setFil] = useState([
    { de: 'a', t: 'Bonjour. Je réponds à vos questions sur les démarches des étrangers en préfecture : titres de séjour, récépissés, naturalisation.' },
  ]);
  const [q, setQ] = useState('');
  const poser = async (texte) => {
    setFil((f) => [...f, { de: 'u', t: texte }]);
    try {
      const r = await fetch('http://127.0.0.1:9/assistant/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ q: texte }) });
      const j = await r.json();
      setFil((f) => [...f, { de: 'a', t: j.reponse }]);
    } catch {
      setFil((f) => [...f, { de: 'a', t: 'Désolé, je ne peux pas répondre pour le moment. Consultez la page « Étrangers en France » du site.' }]);
    }
  };
  if (reduit)
    return (
      <button className="fr-btn pf-relance" onClick={() => setReduit(false)} aria-label="Rouvrir l’assistant">
        Assistant étrangers
      </button>
    );
  return (
    <section className="pf-chat" aria-labelledby="pf-chat-titre">
      <div className="pf-chat__entete">
        <h2 id="pf-chat-titre">Assistant étrangers</h2>
        <button className="pf-chat__reduire" onClick={() => setReduit(true)} aria-label="Réduire">▁</button>
      </div>
      <div className="pf-chat__fil" role="log" aria-live="polite">
        {fil.map((m, i) => (
          <div key={i} className={`pf-msg pf-msg--${m.de}`}>{m.t}</div>
        ))}
      </div>
      <div className="pf-chat__themes">
        {THEMES.map((t) => (
          <button key={t} className="fr-tag" onClick={() => poser(t)}>{t}</button>
        ))}
      </div>
      <form className="pf-chat__saisie" onSubmit={(e) => { e.preventDefault(); if (q.trim()) { poser(q.trim()); setQ(''); } }}>
        <input className="fr-input" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Écrivez votre message" aria-label="Votre message" />
        <button className="fr-btn" type="submit">Envoyer</button>
      </form>
      <p className="pf-chat__pied">Cet assistant utilise l’intelligence artificielle. Ne communiquez pas de données personnelles (numéro étranger, adresse).</p>
    </section>
  );
}
createRoot(document.getElementById('pf-assistant')).render(<Fenetre />);

import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

// Opérateur public de l'emploi (fictif) : bouton texte et <dialog> natif, fermé au chargement.
function Agent() {
  const dlg = useRef(null);
  const [items, setItems] = useState([
    { from: 'agent', text: 'Bonjour ! Je peux vous aider à actualiser votre situation, comprendre un courrier ou préparer un rendez-vous.' },
  ]);
  const [value, setValue] = useState('');
  const submit = async (e) => {
    e.preventDefault();
    const text = value.trim();
    if (!text) return;
    setValue('');
    setItems((l) => [...l, { from: 'user', text }]);
    try {
      const r = await fetch('http://127.0.0.1:9/api/agent/question', { method: 'POST', body: JSON.stringify({ text }) });
      const data = await r.json();
      setItems((l) => [...l, { from: 'agent', text: data.answer }]);
    } catch {
      setItems((l) => [...l, { from: 'agent', text: 'Le service est momentanément indisponible. Réessayez plus tard ou appelez le 00 00.' }]);
    }
  };
  return (
    <>
      <button type="button" className="fr-btn agent-launch" onClick={() => dlg.current.showModal()}>
        <span aria-hidden="true">💬</span> Posez votre question à notre agent
      </button>
      <dialog ref={dlg} className="agent-dlg" aria-labelledby="agent-title">
        <div className="agent-dlg__bar">
          <h2 id="agent-title">Votre agent en ligne</h2>
          <form method="dialog"><button className="fr-btn fr-btn--tertiary" aria-label="Fermer la fenêtre">Fermer</button></form>
        </div>
        <p className="agent-dlg__notice">Réponses générées par IA, vérifiez les informations importantes.</p>
        <ul className="agent-dlg__list">
          {items.map((m, i) => (
            <li key={i} className={`bulle bulle--${m.from}`}>{m.text}</li>
          ))}
        </ul>
        <form className="agent-dlg__form" onSubmit={submit}>
          <label htmlFor="agent-input">Votre question</label>
          <textarea id="agent-input" rows="2" value={value} onChange={(e) => setValue(e.target.value)} />
          <button className="fr-btn" type="submit">Envoyer</button>
        </form>
      </dialog>
    </>
  );
}

createRoot(document.getElementById('agent-root')).render(<Agent />);

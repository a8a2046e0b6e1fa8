import { useState, useRef, useEffect } from 'react';
import { createRoot } from 'react-dom/client';

const KB = [
  [/carte vitale/i, 'Vous pouvez commander une nouvelle carte Vitale depuis votre compte, rubrique « Mes démarches ». Elle arrive en 2 à 3 semaines.'],
  [/rembours/i, 'Le délai de remboursement d’une feuille de soins électronique est d’environ 5 jours.'],
  [/arr[eê]t de travail|ij|indemnit/i, 'Les indemnités journalières sont versées tous les 14 jours environ après réception de l’attestation de salaire.'],
  [/css|compl[ée]mentaire/i, 'La Complémentaire santé solidaire se demande en ligne ; la réponse arrive en deux mois au plus.'],
];

function Assistant() {
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState([{ bot: true, text: 'Bonjour, je réponds à vos questions sur vos remboursements, votre carte Vitale et vos démarches.' }]);
  const [q, setQ] = useState('');
  const logRef = useRef(null);
  const inputRef = useRef(null);
  useEffect(() => { if (open) inputRef.current?.focus(); }, [open]);
  useEffect(() => { if (logRef.current) logRef.current.scrollTop = logRef.current.scrollHeight; }, [items]);

  async function submit(e) {
    e.preventDefault();
    const text = q.trim();
    if (!text) return;
    setQ('');
    setItems((x) => [...x, { bot: false, text }]);
    const hit = KB.find(([re]) => re.test(text));
    let a;
    if (hit) a = hit[1];
    else {
      try { a = (await (await fetch('http://127.0.0.1:9/assistant', { method: 'POST', body: text })).json()).text; }
      catch { a = 'Je ne peux pas répondre pour l’instant. Vous pouvez aussi poser votre question par la messagerie de votre compte.'; }
    }
    setItems((x) => [...x, { bot: true, text: a }]);
  }

  return (
    <>
      <div className={open ? 'am-window am-open' : 'am-window'} hidden={!open} role="dialog" aria-labelledby="am-title">
        <div className="am-head">
          <div>
            <p id="am-title" className="am-title">Besoin d’un renseignement ?</p>
            <p className="am-sub">Assistant IA – réponses générées automatiquement</p>
          </div>
          <button type="button" className="am-x" aria-label="Fermer" onClick={() => setOpen(false)}>×</button>
        </div>
        <div className="am-log" ref={logRef} role="log" aria-live="polite">
          {items.map((m, i) => <div key={i} className={m.bot ? 'am-m am-b' : 'am-m am-u'}>{m.text}</div>)}
        </div>
        <form className="am-form" onSubmit={submit}>
          <input ref={inputRef} value={q} onChange={(e) => setQ(e.target.value)} aria-label="Votre question" placeholder="Tapez votre question" />
          <button type="submit" aria-label="Envoyer">➤</button>
        </form>
      </div>
      <button type="button" className="am-launcher" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true"><path fill="currentColor" d="M4 4h16v11H8l-4 4z" /></svg>
        <span>Besoin d’un renseignement ?</span>
      </button>
    </>
  );
}

createRoot(document.getElementById('am-assistant')).render(<Assistant />);

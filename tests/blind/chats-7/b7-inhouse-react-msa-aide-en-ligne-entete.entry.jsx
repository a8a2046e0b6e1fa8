// MSA: "Aide en ligne" button in the header tools; a right-hand drawer rendered only while open (React 18).
import { useState, useRef, useEffect } from 'react';
import { createRoot } from 'react-dom/client';

const KB = [
  [/cotisation|appel/i, 'Les appels de cotisations des exploitants sont envoyés en mars. Vous pouvez payer par prélèvement mensuel depuis votre espace privé.'],
  [/retraite/i, 'Vous pouvez demander votre retraite en ligne 6 mois avant la date de départ souhaitée.'],
  [/arrêt|arret|maladie|indemn/i, 'Envoyez votre arrêt de travail à votre MSA dans les 48 heures. Les indemnités sont versées après un délai de carence.'],
];

function Drawer({ onClose }) {
  const [msgs, setMsgs] = useState([{ bot: true, text: 'Bonjour, je suis l’Assistant MSA. Je réponds à vos questions sur vos cotisations, votre santé, votre famille et votre retraite.' }]);
  const [q, setQ] = useState('');
  const input = useRef(null);
  useEffect(() => input.current?.focus(), []);
  const send = (e) => {
    e.preventDefault();
    const t = q.trim();
    if (!t) return;
    const hit = KB.find(([re]) => re.test(t));
    setMsgs((m) => [...m, { bot: false, text: t }, { bot: true, text: hit ? hit[1] : 'Je n’ai pas la réponse. Un conseiller peut vous rappeler : rubrique « Contact » de votre espace privé.' }]);
    setQ('');
  };
  return (
    <div className="msa-drawer" role="dialog" aria-modal="false" aria-labelledby="msa-drawer-title">
      <div className="msa-drawer__head">
        <h2 id="msa-drawer-title">Assistant MSA</h2>
        <button type="button" className="msa-drawer__close" onClick={onClose} aria-label="Fermer l’aide en ligne">×</button>
      </div>
      <ul className="msa-drawer__log" aria-live="polite">
        {msgs.map((m, i) => <li key={i} className={m.bot ? 'bot' : 'me'}>{m.text}</li>)}
      </ul>
      <form className="msa-drawer__form" onSubmit={send}>
        <label htmlFor="msa-q" className="sr-only">Votre question</label>
        <input id="msa-q" ref={input} value={q} onChange={(e) => setQ(e.target.value)} placeholder="Votre question" />
        <button type="submit">Envoyer</button>
      </form>
    </div>
  );
}

function HelpButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="msa-tool" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true">?</span> Aide en ligne
      </button>
      {open && <Drawer onClose={() => setOpen(false)} />}
    </>
  );
}

createRoot(document.getElementById('msa-aide')).render(<HelpButton />);

// Caf de la Sarthe-et-Loir (site local) — pastille « Une question ? » (React 18).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const FAQ = [
  [/apl|logement|loyer/i, 'L’aide au logement se demande en ligne dans « Mon Compte », rubrique « Faire une demande de prestation ».'],
  [/rsa|activit/i, 'Pour la prime d’activité ou le RSA, pensez à faire votre déclaration trimestrielle de ressources à la date indiquée.'],
  [/attestation/i, 'Vos attestations de paiement sont téléchargeables dans « Mon Compte » > « Mes attestations ».'],
];
function Fenetre({ onClose }) {
  const [msgs, setMsgs] = useState([{ bot: true, t: 'Bonjour, je suis l’Assistant Caf. Posez votre question sur vos prestations, vos démarches ou votre compte.' }]);
  const [v, setV] = useState('');
  function submit(e) {
    e.preventDefault();
    const q = v.trim(); if (!q) return;
    const r = (FAQ.find(([re]) => re.test(q)) || [0, 'Je ne trouve pas de réponse à cette question. Consultez la rubrique « Aide » ou contactez votre Caf.'])[1];
    setMsgs((m) => [...m, { bot: false, t: q }, { bot: true, t: r }]); setV('');
  }
  return (
    <div className="cafq-fenetre" role="dialog" aria-label="Assistant Caf">
      <div className="cafq-tete"><span className="cafq-logo" aria-hidden="true">caf</span><b>Assistant Caf</b><button onClick={onClose} aria-label="Fermer">×</button></div>
      <ul className="cafq-fil" aria-live="polite">{msgs.map((m, i) => <li key={i} className={m.bot ? 'b' : 'u'}>{m.t}</li>)}</ul>
      <form onSubmit={submit}><textarea rows={2} value={v} onChange={(e) => setV(e.target.value)} aria-label="Votre question" placeholder="Votre question" onKeyDown={(e) => { if (e.key === 'Enter' && !e.shiftKey) submit(e); }} /><button type="submit">Envoyer</button></form>
    </div>
  );
}
function App() {
  const [open, setOpen] = useState(false);
  return (
    <>
      {open && <Fenetre onClose={() => setOpen(false)} />}
      <button className="cafq-pastille" aria-expanded={open} onClick={() => setOpen(!open)}>{open ? 'Fermer' : 'Une question ?'}</button>
    </>
  );
}
const s = document.createElement('style');
s.textContent = `.cafq-pastille{position:fixed;bottom:20px;right:24px;background:#0a5fa8;color:#fff;border:0;border-radius:999px;padding:12px 22px;font:700 15px Arial,sans-serif;box-shadow:0 3px 10px rgba(0,0,0,.3);cursor:pointer;z-index:30}
.cafq-fenetre{position:fixed;bottom:76px;right:24px;width:360px;background:#fff;border-radius:14px;box-shadow:0 6px 26px rgba(0,0,0,.25);font:14px/1.5 Arial,sans-serif;z-index:31;overflow:hidden}
.cafq-tete{display:flex;gap:8px;align-items:center;background:#0a5fa8;color:#fff;padding:10px 12px}.cafq-tete button{margin-left:auto;background:none;border:0;color:#fff;font-size:20px;cursor:pointer}.cafq-logo{background:#fff;color:#0a5fa8;font-weight:700;border-radius:4px;padding:0 4px}
.cafq-fil{list-style:none;margin:0;padding:10px;height:260px;overflow:auto}.cafq-fil li{padding:8px 10px;border-radius:10px;margin:6px 0;max-width:85%}.cafq-fil .b{background:#eaf2fa}.cafq-fil .u{background:#0a5fa8;color:#fff;margin-left:auto}
.cafq-fenetre form{display:flex;gap:6px;padding:8px;border-top:1px solid #ddd}.cafq-fenetre textarea{flex:1;font:inherit;resize:none}.cafq-fenetre form button{background:#0a5fa8;color:#fff;border:0;border-radius:6px;padding:0 12px}`;
document.head.appendChild(s);
const el = document.createElement('div'); document.body.appendChild(el);
createRoot(el).render(<App />);

// Département du Haut-Bocage — assistant RSA / autonomie, React 18 rendu dans une racine fantôme FERMÉE,
// panneau ouvert au chargement en bas à droite.
import { useState, useRef, useEffect } from 'react';
import { createRoot } from 'react-dom/client';

const CSS = `
.p{position:fixed;right:18px;bottom:18px;width:360px;height:470px;background:#fff;border-radius:10px 10px 0 10px;box-shadow:0 6px 28px rgba(0,0,0,.28);display:flex;flex-direction:column;font:14px/1.5 Verdana,sans-serif;color:#222;overflow:hidden}
.p.r{height:auto}.h{background:#5b2a86;color:#fff;padding:10px 12px;display:flex;gap:10px;align-items:center}
.av{width:34px;height:34px;border-radius:50%;background:#f2c94c;color:#5b2a86;font-weight:700;display:flex;align-items:center;justify-content:center}
.t{font-weight:700}.s{font-size:12px;opacity:.9}.h button{margin-left:auto;background:none;border:1px solid #fff;color:#fff;border-radius:4px;cursor:pointer;padding:0 6px}
.f{flex:1;overflow:auto;padding:10px;background:#faf8fc}.m{margin:6px 0;padding:8px 10px;border-radius:8px;max-width:86%;background:#ece4f4}.m.u{background:#5b2a86;color:#fff;margin-left:auto}
form{display:flex;border-top:1px solid #ddd}input{flex:1;border:0;padding:11px;font:inherit}form button{background:#5b2a86;color:#fff;border:0;padding:0 14px;cursor:pointer}`;
const REP = [
  [/rsa/i, 'Le RSA se demande en ligne ou auprès de votre Caf. Le Département vous accompagne ensuite dans votre parcours d’insertion.'],
  [/apa|autonomie|perte/i, 'L’allocation personnalisée d’autonomie (APA) se demande avec le formulaire disponible dans « Seniors ».'],
  [/coll[eè]ge|transport scolaire/i, 'Les inscriptions au transport scolaire ouvrent le 1er juin.'],
];
function Panel() {
  const [reduit, setReduit] = useState(false);
  const [msgs, setMsgs] = useState([{ u: false, t: 'Bonjour ! Je réponds à vos questions sur le RSA, l’APA, les collèges et les routes du Département.' }]);
  const [v, setV] = useState('');
  const f = useRef(null);
  useEffect(() => { if (f.current) f.current.scrollTop = f.current.scrollHeight; }, [msgs]);
  const send = (e) => { e.preventDefault(); const q = v.trim(); if (!q) return; setV(''); setMsgs((m) => [...m, { u: true, t: q }, { u: false, t: (REP.find(([re]) => re.test(q)) || [0, 'Je n’ai pas la réponse. Appelez l’accueil du Département au 00 00 00 00 00.'])[1] }]); };
  return (
    <section className={`p${reduit ? ' r' : ''}`} role="complementary" aria-label="Assistant du Département">
      <div className="h"><div className="av" aria-hidden="true">D</div><div><div className="t">Assistant du Département</div><div className="s">Assistant IA · réponses automatiques</div></div>
        <button type="button" aria-expanded={!reduit} onClick={() => setReduit(!reduit)}>{reduit ? 'Ouvrir' : 'Réduire'}</button></div>
      {!reduit && <><div className="f" ref={f} aria-live="polite">{msgs.map((m, i) => <p key={i} className={`m${m.u ? ' u' : ''}`}>{m.t}</p>)}</div>
        <form onSubmit={send}><input value={v} onChange={(e) => setV(e.target.value)} aria-label="Votre question" placeholder="Votre question" /><button>Envoyer</button></form></>}
    </section>
  );
}
const host = document.createElement('div'); host.id = 'cd-aide';
document.body.appendChild(host);
const shadow = host.attachShadow({ mode: 'closed' });
const style = document.createElement('style'); style.textContent = CSS; shadow.appendChild(style);
const mount = document.createElement('div'); shadow.appendChild(mount);
createRoot(mount).render(<Panel />);

// Métropole Val-de-Seine — onglet latéral « Aide » (Preact, h() sans JSX).
import { h, render } from 'preact';
import { useState, useRef, useEffect } from 'preact/hooks';

const BASE = [
  [/tram|bus|ligne|ticket/i, 'Les tarifs du réseau de transport sont sur la page « Se déplacer ». L’abonnement mensuel coûte 32 €.'],
  [/collecte|d[ée]chet|bac/i, 'Consultez le calendrier de collecte de votre commune dans « Déchets et propreté ».'],
  [/eau|facture/i, 'Pour une question sur votre facture d’eau, contactez la régie au 00 00 00 00 00.'],
];
const reponse = (q) => (BASE.find(([re]) => re.test(q)) || [null, 'Je n’ai pas compris. Pouvez-vous reformuler votre question ?'])[1];

function Panneau({ onClose }) {
  const [msgs, setMsgs] = useState([{ de: 'bot', t: 'Bonjour, je suis Max, l’assistant de la Métropole. Je vous oriente vers les bons services : transports, déchets, eau, voirie.' }]);
  const [q, setQ] = useState('');
  const fil = useRef(null);
  useEffect(() => { if (fil.current) fil.current.scrollTop = fil.current.scrollHeight; }, [msgs]);
  const envoyer = (e) => {
    e.preventDefault();
    const t = q.trim(); if (!t) return;
    setMsgs((m) => [...m, { de: 'moi', t }]); setQ('');
    setTimeout(() => setMsgs((m) => [...m, { de: 'bot', t: reponse(t) }]), 350);
  };
  return h('aside', { class: 'mvs-panneau', role: 'dialog', 'aria-label': 'Max, l’assistant de la Métropole' },
    h('header', null, h('strong', null, 'Max'), h('span', null, 'L’assistant de la Métropole'), h('button', { type: 'button', onClick: onClose, 'aria-label': 'Fermer le panneau' }, '✕')),
    h('div', { class: 'mvs-fil', ref: fil, 'aria-live': 'polite' }, msgs.map((m, i) => h('p', { key: i, class: `mvs-m mvs-${m.de}` }, m.t))),
    h('form', { onSubmit: envoyer }, h('input', { value: q, onInput: (e) => setQ(e.currentTarget.value), placeholder: 'Posez votre question à Max', 'aria-label': 'Question' }), h('button', { type: 'submit' }, 'Envoyer')),
  );
}
function Onglet() {
  const [ouvert, setOuvert] = useState(false);
  return h('div', null,
    h('button', { type: 'button', class: 'mvs-onglet', 'aria-expanded': String(ouvert), onClick: () => setOuvert(!ouvert) }, h('span', { 'aria-hidden': 'true' }, '?'), ' Aide'),
    ouvert ? h(Panneau, { onClose: () => setOuvert(false) }) : null,
  );
}
const style = document.createElement('style');
style.textContent = `
.mvs-onglet{position:fixed;right:0;top:42%;transform:rotate(-90deg) translate(50%,0);transform-origin:100% 50%;background:#00594f;color:#fff;border:0;border-radius:8px 8px 0 0;padding:9px 18px;font:600 15px Arial,sans-serif;cursor:pointer;z-index:40}
.mvs-onglet span{display:inline-block;width:18px;height:18px;border-radius:50%;background:#fff;color:#00594f;line-height:18px;text-align:center;margin-right:4px}
.mvs-panneau{position:fixed;right:46px;top:18%;width:340px;height:440px;background:#fff;border:1px solid #00594f;border-radius:10px;display:flex;flex-direction:column;box-shadow:0 6px 24px rgba(0,0,0,.2);z-index:41;font:14px/1.45 Arial,sans-serif}
.mvs-panneau header{background:#00594f;color:#fff;padding:10px 12px;display:grid;grid-template-columns:1fr auto}.mvs-panneau header span{font-size:12px;grid-row:2}.mvs-panneau header button{grid-row:1/3;grid-column:2;background:none;border:0;color:#fff;cursor:pointer;font-size:18px}
.mvs-fil{flex:1;overflow:auto;padding:10px}.mvs-m{margin:6px 0;padding:8px 10px;border-radius:8px;max-width:88%}.mvs-bot{background:#e6f2f0}.mvs-moi{background:#00594f;color:#fff;margin-left:auto}
.mvs-panneau form{display:flex;border-top:1px solid #ccc}.mvs-panneau input{flex:1;border:0;padding:10px;font:inherit}.mvs-panneau form button{background:#00594f;color:#fff;border:0;padding:0 12px}`;
document.head.appendChild(style);
const root = document.createElement('div'); root.id = 'mvs-aide'; document.body.appendChild(root);
render(h(Onglet), root);

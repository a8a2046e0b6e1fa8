/** @jsxImportSource preact */
// Town hall's own assistant "Aline": a pill at load; the conversation window is rendered only once open.
import { render } from 'preact';
import { useState, useRef, useEffect } from 'preact/hooks';

const FAQ = [
  [/poubelle|déchet|dechet|collecte|encombrant/i, 'Les ordures ménagères sont collectées le mardi et le vendredi. Les encombrants : sur rendez-vous auprès du service propreté, deux fois par an.'],
  [/cantine|restauration|périscolaire|periscolaire/i, 'Les inscriptions à la restauration scolaire se font sur le Portail Famille, avant le 10 du mois précédent.'],
  [/mariage|pacs/i, 'Le dossier de mariage se retire à l’accueil de l’état civil au moins trois mois avant la date souhaitée. Le PACS se conclut sur rendez-vous.'],
  [/piscine|horaire/i, 'La piscine municipale est ouverte du mardi au dimanche ; les horaires d’été s’appliquent du 1er juillet au 31 août.'],
];

function answer(q) {
  const hit = FAQ.find(([re]) => re.test(q));
  return hit ? hit[1] : 'Je n’ai pas cette information. Vous pouvez joindre l’accueil de la mairie au 00 00 00 00 00, du lundi au samedi matin.';
}

function Fenetre({ onClose }) {
  const [msgs, setMsgs] = useState([
    { from: 'aline', text: 'Bonjour, je suis Aline, l’assistante virtuelle de la Ville de Montferrand-sur-Ance.' },
    { from: 'aline', text: 'Collecte des déchets, cantine, état civil, équipements : que puis-je faire pour vous ?' },
  ]);
  const [val, setVal] = useState('');
  const fil = useRef(null);
  const champ = useRef(null);
  useEffect(() => { champ.current?.focus(); }, []);
  useEffect(() => { if (fil.current) fil.current.scrollTop = fil.current.scrollHeight; }, [msgs]);
  const envoyer = (e) => {
    e.preventDefault();
    const q = val.trim();
    if (!q) return;
    setMsgs((m) => [...m, { from: 'moi', text: q }]);
    setVal('');
    setTimeout(() => setMsgs((m) => [...m, { from: 'aline', text: answer(q) }]), 600);
  };
  return (
    <div class="al-win" role="dialog" aria-label="Discussion avec Aline">
      <div class="al-head">
        <span class="al-ava" aria-hidden="true">A</span>
        <div><strong>Aline</strong><span class="al-sub">Ville de Montferrand-sur-Ance</span></div>
        <button type="button" class="al-x" onClick={onClose} aria-label="Réduire la discussion">—</button>
      </div>
      <div class="al-fil" ref={fil} role="log">
        {msgs.map((m, i) => <div key={i} class={`al-b al-b-${m.from}`}>{m.text}</div>)}
      </div>
      <form class="al-form" onSubmit={envoyer}>
        <input ref={champ} value={val} onInput={(e) => setVal(e.currentTarget.value)} placeholder="Écrivez à Aline…" aria-label="Votre message" />
        <button type="submit" aria-label="Envoyer">➤</button>
      </form>
    </div>
  );
}

function Aline() {
  const [open, setOpen] = useState(false);
  if (open) return <Fenetre onClose={() => setOpen(false)} />;
  return (
    <button type="button" class="al-pill" onClick={() => setOpen(true)}>
      <span class="al-ava" aria-hidden="true">A</span>
      <span class="al-txt"><strong>Aline</strong>Posez vos questions à Aline</span>
    </button>
  );
}

render(<Aline />, document.getElementById('aline-root'));

/** @jsxImportSource preact */
import { render } from 'preact';
import { useState, useRef, useEffect } from 'preact/hooks';

const faq = [
  [['passeport', 'carte', 'identité', 'cni'], 'Les demandes de carte d’identité et de passeport se font sur rendez-vous, au service État civil (1er étage). Pensez à remplir votre pré-demande en ligne.'],
  [['cantine', 'restauration', 'scolaire'], 'Les inscriptions à la restauration scolaire se font sur le Portail Famille jusqu’au 15 juillet.'],
  [['encombrant', 'déchet', 'poubelle'], 'Les encombrants sont collectés sur rendez-vous, le deuxième mardi du mois. Appelez le 00 00 00 00 00.'],
];

function Avatar() {
  return (
    <svg class="lea-av" width="34" height="34" viewBox="0 0 34 34" aria-hidden="true">
      <circle cx="17" cy="17" r="17" fill="#f6c4a5" />
      <circle cx="17" cy="13" r="6" fill="#7a4b2a" />
      <path d="M6 30c2-7 20-7 22 0" fill="#c0392b" />
    </svg>
  );
}

function App() {
  const [open, setOpen] = useState(false);
  const [msgs, setMsgs] = useState([
    { me: false, t: 'Bonjour, je m’appelle Léa ! Je peux vous renseigner sur les démarches, les horaires et les services de la ville.' },
  ]);
  const [q, setQ] = useState('');
  const end = useRef(null);
  useEffect(() => end.current?.scrollIntoView({ block: 'end' }), [msgs]);
  const send = (e) => {
    e.preventDefault();
    if (!q.trim()) return;
    const low = q.toLowerCase();
    const hit = faq.find(([keys]) => keys.some((k) => low.includes(k)));
    setMsgs((m) => [...m, { me: true, t: q }, { me: false, t: hit ? hit[1] : 'Je n’ai pas compris. Pouvez-vous préciser votre demande ?' }]);
    setQ('');
  };
  return (
    <>
      <button class={`lea-pill${open ? ' is-open' : ''}`} type="button" onClick={() => setOpen(!open)} aria-controls="lea-panel" aria-expanded={open}>
        <Avatar />
        <span>Discuter avec Léa</span>
      </button>
      <div id="lea-panel" class={`lea-panel${open ? ' lea-panel--in' : ''}`} aria-hidden={open ? 'false' : 'true'} inert={!open}>
        <div class="lea-head">
          <Avatar />
          <div>
            <strong>Léa</strong>
            <small>Ville de Saint-Aurel-sur-Loue</small>
          </div>
          <button type="button" class="lea-close" onClick={() => setOpen(false)} aria-label="Réduire">–</button>
        </div>
        <p class="lea-warn">Léa est une IA : ses réponses peuvent contenir des erreurs. Pour toute démarche, l’accueil de la mairie reste à votre disposition.</p>
        <div class="lea-msgs">
          {msgs.map((m, i) => (
            <p key={i} class={m.me ? 'me' : 'lea'}>{m.t}</p>
          ))}
          <span ref={end} />
        </div>
        <form class="lea-form" onSubmit={send}>
          <input value={q} onInput={(e) => setQ(e.currentTarget.value)} placeholder="Votre message" aria-label="Votre message" />
          <button type="submit" aria-label="Envoyer">➤</button>
        </form>
      </div>
    </>
  );
}

render(<App />, document.getElementById('lea-root'));

/** @jsxImportSource preact */
// Service-Public-like page: in-house assistant panel (Preact), open at load.
import { render } from 'preact';
import { useState } from 'preact/hooks';

function Albert() {
  const [open, setOpen] = useState(true);
  const [msgs, setMsgs] = useState(['Bonjour, je suis Albert. Je peux vous aider à comprendre vos droits aux aides au logement.']);
  const [q, setQ] = useState('');
  if (!open) return <button class="fr-btn albert-min" type="button" onClick={() => setOpen(true)}>Poser une question à Albert</button>;
  return (
    <aside class="albert" aria-label="Albert">
      <header>
        <span aria-hidden="true">✦</span>
        <div><h2>Albert, assistant IA de l’administration</h2><small>Réponses générées par intelligence artificielle à partir des fiches Service-Public</small></div>
        <button type="button" aria-label="Fermer" onClick={() => setOpen(false)}>×</button>
      </header>
      <div class="log" role="log">{msgs.map((m, i) => <p class="b" key={i}>{m}</p>)}</div>
      <form onSubmit={(e) => { e.preventDefault(); if (q) { setMsgs([...msgs, q, 'Je cherche la fiche correspondante…']); setQ(''); } }}>
        <input aria-label="Votre question" placeholder="Ex. : ai-je droit à l’APL en colocation ?" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
        <button>Envoyer</button>
      </form>
    </aside>
  );
}
const host = document.createElement('div');
document.body.appendChild(host);
render(<Albert />, host);

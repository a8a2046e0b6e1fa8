/** @jsxImportSource preact */
// Ministry site's own assistant (Preact): round robot button, dialog closed at load.
import { render } from 'preact';
import { useState } from 'preact/hooks';

const ROBOT = "<svg width=\"28\" height=\"28\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"><path fill=\"currentColor\" d=\"M12 2a2 2 0 0 1 2 2c0 .74-.4 1.39-1 1.73V7h1a7 7 0 0 1 7 7h1a1 1 0 0 1 1 1v3a1 1 0 0 1-1 1h-1v1a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-1H2a1 1 0 0 1-1-1v-3a1 1 0 0 1 1-1h1a7 7 0 0 1 7-7h1V5.73c-.6-.34-1-.99-1-1.73a2 2 0 0 1 2-2M7.5 13A2.5 2.5 0 0 0 5 15.5 2.5 2.5 0 0 0 7.5 18a2.5 2.5 0 0 0 2.5-2.5A2.5 2.5 0 0 0 7.5 13m9 0a2.5 2.5 0 0 0-2.5 2.5 2.5 2.5 0 0 0 2.5 2.5 2.5 2.5 0 0 0 2.5-2.5 2.5 2.5 0 0 0-2.5-2.5\"/></svg>";

function Assistant() {
  const [open, setOpen] = useState(false);
  const [log, setLog] = useState([{ from: 'bot', text: 'Bonjour ! Je réponds à vos questions sur les procurations.' }]);
  const [draft, setDraft] = useState('');
  const send = (e) => {
    e.preventDefault();
    if (!draft.trim()) return;
    setLog((l) => [...l, { from: 'me', text: draft }, { from: 'bot', text: 'Consultez maprocuration.gouv.fr pour faire votre demande.' }]);
    setDraft('');
  };
  return (
    <>
      <button class="ia-fab" type="button" aria-label="Ouvrir l’assistant" aria-expanded={open} onClick={() => setOpen(!open)} dangerouslySetInnerHTML={{ __html: ROBOT }} />
      {open && (
        <div class="ia-dialog" role="dialog" aria-label="Assistant">
          <header><strong>Assistant IA – Élections</strong><p>Cet assistant utilise l’intelligence artificielle. Ses réponses n’ont pas de valeur juridique.</p></header>
          <div class="ia-log" role="log" aria-live="polite">{log.map((m, i) => <p key={i} class={m.from === 'me' ? 'ia-msg me' : 'ia-msg'}>{m.text}</p>)}</div>
          <form class="ia-form" onSubmit={send}><input aria-label="Votre question" placeholder="Votre question" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} /><button>Envoyer</button></form>
        </div>
      )}
    </>
  );
}
const host = document.createElement('div');
document.body.appendChild(host);
render(<Assistant />, host);

/** @jsxImportSource preact */
// Conseil départemental, "Transports scolaires" pages: the department's own assistant,
// written in Preact by its digital team. The floating panel is open when the page loads
// (it can be reduced to a round button); dialog, log and labelled field are marked up.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

const API = 'http://127.0.0.1:9/transports/assistant';

function Message({ from, children }) {
  return (
    <li class={`dep-msg dep-msg--${from}`}>
      <span class="dep-sr">{from === 'bot' ? 'L’assistant : ' : 'Vous : '}</span>
      {children}
    </li>
  );
}

function Assistant() {
  const [open, setOpen] = useState(true);
  const [messages, setMessages] = useState([
    { from: 'bot', text: 'Bonjour ! Je peux vous aider pour l’inscription aux transports scolaires, les horaires des lignes et la carte de transport.' },
  ]);
  const [draft, setDraft] = useState('');
  const logRef = useRef(null);
  useEffect(() => {
    if (logRef.current) logRef.current.scrollTop = logRef.current.scrollHeight;
  }, [messages, open]);

  async function submit(e) {
    e.preventDefault();
    const q = draft.trim();
    if (!q) return;
    setDraft('');
    setMessages((m) => [...m, { from: 'user', text: q }]);
    try {
      const r = await fetch(API, { method: 'POST', body: JSON.stringify({ question: q }) });
      const { answer } = await r.json();
      setMessages((m) => [...m, { from: 'bot', text: answer }]);
    } catch {
      setMessages((m) => [...m, { from: 'bot', text: 'Le service est indisponible. Réessayez plus tard ou écrivez à transports@departement.example.' }]);
    }
  }

  if (!open) {
    return (
      <button type="button" class="dep-fab" aria-label="Ouvrir l’assistant transports" onClick={() => setOpen(true)}>
        <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true"><path fill="currentColor" d="M3 5h18v11H8l-5 4z" /></svg>
      </button>
    );
  }
  return (
    <section class="dep-panel" role="dialog" aria-modal="false" aria-labelledby="dep-title" aria-describedby="dep-disclaimer">
      <header class="dep-panel__head">
        <h2 id="dep-title">Assistant IA du Département</h2>
        <button type="button" class="dep-panel__min" aria-label="Réduire l’assistant" onClick={() => setOpen(false)}>—</button>
      </header>
      <ol class="dep-log" role="log" aria-live="polite" aria-label="Échanges avec l’assistant" ref={logRef}>
        {messages.map((m, i) => (
          <Message key={i} from={m.from}>{m.text}</Message>
        ))}
      </ol>
      <form class="dep-form" onSubmit={submit}>
        <label for="dep-q">Votre question</label>
        <div class="dep-form__row">
          <input id="dep-q" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} autocomplete="off" />
          <button type="submit">Envoyer</button>
        </div>
      </form>
      <p id="dep-disclaimer" class="dep-disclaimer">
        Réponses générées par IA : vérifiez les informations importantes auprès du service des transports.
      </p>
    </section>
  );
}

const style = document.createElement('style');
style.textContent = `
.dep-panel{position:fixed;right:16px;bottom:16px;width:370px;max-height:82vh;display:flex;flex-direction:column;background:#fff;
  border-radius:8px;box-shadow:0 10px 30px rgba(0,0,0,.25);z-index:999;font-family:"Trebuchet MS",Arial,sans-serif;overflow:hidden}
.dep-panel__head{display:flex;align-items:center;justify-content:space-between;background:#2d4b9b;color:#fff;padding:10px 14px}
.dep-panel__head h2{margin:0;font-size:16px}.dep-panel__min{background:none;border:0;color:#fff;font-size:20px;cursor:pointer}
.dep-log{list-style:none;margin:0;padding:12px;overflow:auto;flex:1;min-height:200px}
.dep-msg{padding:8px 10px;border-radius:8px;margin:0 0 8px;font-size:14px;max-width:85%}
.dep-msg--bot{background:#eef1fa}.dep-msg--user{background:#2d4b9b;color:#fff;margin-left:auto}
.dep-sr{position:absolute;left:-9999px}
.dep-form{padding:8px 12px;border-top:1px solid #e0e0e0}.dep-form label{font-size:13px;font-weight:700;display:block;margin-bottom:4px}
.dep-form__row{display:flex;gap:6px}.dep-form input{flex:1;padding:8px;border:1px solid #777;border-radius:4px}
.dep-form button{background:#2d4b9b;color:#fff;border:0;border-radius:4px;padding:8px 12px}
.dep-disclaimer{margin:0;padding:6px 12px 10px;font-size:12px;color:#555}
.dep-fab{position:fixed;right:16px;bottom:16px;width:56px;height:56px;border-radius:50%;background:#2d4b9b;color:#fff;border:0;cursor:pointer}`;
document.head.appendChild(style);

render(<Assistant />, document.getElementById('assistant-transports'));

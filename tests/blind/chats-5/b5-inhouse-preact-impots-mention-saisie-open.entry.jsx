/** @jsxImportSource preact */
import { render } from 'preact';
import { useState, useRef, useEffect } from 'preact/hooks';

const ANSWERS = [
  [/pension|alimentaire/i, 'Les pensions alimentaires versées se déclarent case 6GU ou 6EL selon les cas. Gardez les justificatifs de paiement.'],
  [/frais r[ée]els|km|kilom/i, 'Les frais réels se déclarent à la place de la déduction forfaitaire de 10 %, case 1AK pour le premier déclarant.'],
  [/date|quand|limite/i, 'La date limite dépend du numéro de votre département : consultez le calendrier de la campagne déclarative.'],
  [/don|association/i, 'Les dons aux associations ouvrent droit à une réduction d’impôt : cases 7UF et 7UD.'],
];

function reply(q) {
  for (const [re, a] of ANSWERS) if (re.test(q)) return Promise.resolve(a);
  return fetch('http://127.0.0.1:9/api/assistant-declaration', { method: 'POST', body: JSON.stringify({ q }) })
    .then((r) => r.json()).then((d) => d.answer)
    .catch(() => 'Je n’ai pas pu obtenir de réponse pour le moment. Vous pouvez consulter la rubrique « Questions fréquentes » ou écrire depuis votre messagerie sécurisée.');
}

function Assistant() {
  const [open, setOpen] = useState(true);
  const [msgs, setMsgs] = useState([{ from: 'bot', text: 'Bonjour, que souhaitez-vous savoir sur votre déclaration de revenus ?' }]);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const logRef = useRef(null);
  useEffect(() => { if (logRef.current) logRef.current.scrollTop = logRef.current.scrollHeight; }, [msgs]);

  const send = async (e) => {
    e.preventDefault();
    const q = value.trim();
    if (!q) return;
    setValue('');
    setMsgs((m) => [...m, { from: 'me', text: q }]);
    setBusy(true);
    const a = await reply(q);
    setBusy(false);
    setMsgs((m) => [...m, { from: 'bot', text: a }]);
  };

  if (!open) {
    return (
      <button type="button" class="dq-reopen fr-btn" onClick={() => setOpen(true)} aria-expanded="false">
        Une question sur votre déclaration ?
      </button>
    );
  }
  return (
    <section class="dq-panel" aria-labelledby="dq-title">
      <header class="dq-head">
        <h2 id="dq-title">Une question sur votre déclaration ?</h2>
        <button type="button" class="dq-close" aria-label="Réduire" onClick={() => setOpen(false)}>—</button>
      </header>
      <div class="dq-log" ref={logRef} role="log" aria-live="polite">
        {msgs.map((m, i) => (
          <p key={i} class={m.from === 'bot' ? 'dq-msg dq-bot' : 'dq-msg dq-me'}>{m.text}</p>
        ))}
        {busy && <p class="dq-msg dq-bot dq-wait">…</p>}
      </div>
      <form class="dq-form" onSubmit={send}>
        <label class="fr-sr-only" for="dq-input">Votre question</label>
        <input id="dq-input" class="fr-input" value={value} onInput={(e) => setValue(e.currentTarget.value)} placeholder="Ex. : où déclarer mes frais réels ?" autocomplete="off" />
        <button type="submit" class="fr-btn dq-send">Envoyer</button>
      </form>
      <p class="dq-mention">Les réponses sont générées automatiquement par une intelligence artificielle et n’engagent pas l’administration fiscale. Vérifiez les informations importantes dans la documentation officielle.</p>
    </section>
  );
}

render(<Assistant />, document.getElementById('declaration-aide'));

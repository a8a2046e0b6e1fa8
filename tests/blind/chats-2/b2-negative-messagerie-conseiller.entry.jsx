/** @jsxImportSource preact */
// Negative. Personal space of an employment-service-like body: "Ma messagerie", a secure
// message thread between the jobseeker and their named adviser (a person), with a
// textarea to reply. Written in Preact. No assistant: replies come from the adviser,
// within 48 working hours.
import { render } from 'preact';
import { useState } from 'preact/hooks';

const THREAD = [
  {
    from: 'conseiller',
    author: 'Mme Claire Vasseur, votre conseillère',
    date: 'lundi 3 mars, 10:42',
    text: 'Bonjour Monsieur Roche, suite à notre entretien, je vous confirme votre inscription à l’atelier « Valoriser son CV » le 12 mars à 9 h 30, à l’agence de Villefranche.',
  },
  {
    from: 'moi',
    author: 'Vous',
    date: 'lundi 3 mars, 18:05',
    text: 'Bonjour Madame, merci. Est-ce que je dois apporter mon CV imprimé ou une clé USB ?',
  },
  {
    from: 'conseiller',
    author: 'Mme Claire Vasseur, votre conseillère',
    date: 'mardi 4 mars, 09:12',
    text: 'Les deux sont utiles. Pensez aussi à mettre à jour votre profil de compétences avant l’atelier. Bonne journée.',
  },
];

function Messagerie() {
  const [messages, setMessages] = useState(THREAD);
  const [draft, setDraft] = useState('');
  const [sent, setSent] = useState(false);
  const submit = (e) => {
    e.preventDefault();
    if (!draft.trim()) return;
    setMessages([...messages, { from: 'moi', author: 'Vous', date: 'à l’instant', text: draft.trim() }]);
    setDraft('');
    setSent(true);
  };
  return (
    <div class="msg-fil">
      <h2 class="msg-fil__objet">Objet : Atelier « Valoriser son CV »</h2>
      <ul class="msg-fil__liste">
        {messages.map((m, i) => (
          <li key={i} class={`msg-item msg-item--${m.from}`}>
            <p class="msg-item__meta">
              <strong>{m.author}</strong> · {m.date}
            </p>
            <p class="msg-item__texte">{m.text}</p>
          </li>
        ))}
      </ul>
      {sent && <p class="msg-fil__ok" role="status">Votre message a été transmis à votre conseillère. Elle vous répondra sous 48 heures ouvrées.</p>}
      <form class="msg-fil__form" onSubmit={submit}>
        <label for="msg-reponse">Répondre à Mme Vasseur</label>
        <textarea id="msg-reponse" rows={5} maxLength={2000} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
        <p class="msg-fil__aide">2 000 caractères maximum. Pièces jointes : PDF, JPG ou PNG, 5 Mo maximum.</p>
        <div class="msg-fil__actions">
          <button type="button" class="msg-btn msg-btn--sec">Joindre un document</button>
          <button type="submit" class="msg-btn">Envoyer</button>
        </div>
      </form>
    </div>
  );
}

render(<Messagerie />, document.getElementById('messagerie'));

// Mairie du 14e arrondissement: the site's own assistant "Clara", a bar fixed at the bottom
// that unfolds into a conversation (Preact, h()).
import { h, render } from 'preact';
import { useState, useRef, useEffect } from 'preact/hooks';

const KB = [
  [/naissance|acte/i, "Les actes de naissance se demandent en ligne ou au guichet de l'état civil, au rez-de-chaussée. Comptez 5 jours ouvrés."],
  [/mariage|pacs/i, 'Pour un mariage, déposez le dossier au service des mariages au moins 3 mois avant la date souhaitée.'],
  [/carte|passeport|identit/i, "Les cartes d'identité et passeports se font uniquement sur rendez-vous, à prendre sur le site de la Ville."],
  [/inscri|élect|electo/i, "L'inscription sur les listes électorales se fait en ligne ou à l'accueil avec un justificatif de domicile."],
];

function answer(q) {
  for (const [re, a] of KB) if (re.test(q)) return a;
  return "Je n'ai pas d'information précise sur ce point. L'accueil de la mairie répond au 01 00 00 14 14 du lundi au vendredi.";
}

function Clara() {
  const [open, setOpen] = useState(false);
  const [msgs, setMsgs] = useState([{ from: 'clara', text: "Bonjour, c'est Clara ! Je vous oriente dans vos démarches à la mairie du 14e : état civil, élections, papiers d'identité." }]);
  const [draft, setDraft] = useState('');
  const log = useRef(null);
  useEffect(() => { if (log.current) log.current.scrollTop = log.current.scrollHeight; }, [msgs, open]);
  const send = (e) => {
    e.preventDefault();
    const q = draft.trim();
    if (!q) return;
    setMsgs((m) => [...m, { from: 'moi', text: q }, { from: 'clara', text: answer(q) }]);
    setDraft('');
  };
  return h('div', { class: 'clara' + (open ? ' clara--open' : '') },
    open && h('section', { class: 'clara__panel', id: 'clara-panel', 'aria-label': 'Conversation avec Clara' },
      h('header', { class: 'clara__head' },
        h('span', { class: 'clara__avatar', 'aria-hidden': 'true' }, 'C'),
        h('div', null, h('strong', null, 'Clara'), h('span', { class: 'clara__sub' }, 'Mairie du 14e arrondissement')),
        h('button', { type: 'button', class: 'clara__close', 'aria-label': 'Réduire', onClick: () => setOpen(false) }, '▾')),
      h('ol', { class: 'clara__log', ref: log, 'aria-live': 'polite' },
        msgs.map((m, i) => h('li', { key: i, class: 'clara__msg clara__msg--' + m.from }, m.text))),
      h('form', { class: 'clara__form', onSubmit: send },
        h('label', { class: 'sr-only', for: 'clara-q' }, 'Votre question'),
        h('input', { id: 'clara-q', value: draft, onInput: (e) => setDraft(e.currentTarget.value), placeholder: 'Ex. : acte de naissance', autocomplete: 'off' }),
        h('button', { type: 'submit' }, 'Envoyer'))),
    !open && h('button', { type: 'button', class: 'clara__bar', 'aria-expanded': 'false', 'aria-controls': 'clara-panel', onClick: () => setOpen(true) },
      h('span', { class: 'clara__avatar', 'aria-hidden': 'true' }, 'C'),
      h('span', { class: 'clara__bartext' }, 'Posez votre question à Clara'),
      h('span', { class: 'clara__chev', 'aria-hidden': 'true' }, '▴')));
}

render(h(Clara), document.getElementById('clara-root'));

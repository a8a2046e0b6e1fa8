// Médiathèques de la Ville: the catalogue helper, a window docked open at the bottom of the page
// at load, which folds into a tab (Preact, h()).
import { h, render } from 'preact';
import { useState } from 'preact/hooks';

const KB = [
  [/prêt|pret|emprunt|combien/i, 'Avec la carte, vous pouvez emprunter 20 documents pour 4 semaines, dont 4 DVD.'],
  [/horaire|ouvert/i, 'La médiathèque centrale est ouverte du mardi au samedi de 10 h à 18 h, le mercredi jusqu’à 19 h.'],
  [/inscri|carte/i, 'L’inscription est gratuite pour les habitants ; apportez une pièce d’identité et un justificatif de domicile.'],
  [/réserv|reserv/i, 'Vous pouvez réserver un document depuis votre compte lecteur ; il vous attend 10 jours à l’accueil.'],
];

function Helper() {
  const [folded, setFolded] = useState(false);
  const [msgs, setMsgs] = useState([
    { bot: true, text: 'Bonjour ! Je suis Biblio, l’assistant du réseau des médiathèques. Je suis un programme d’intelligence artificielle : vérifiez mes réponses dans le catalogue ou auprès des bibliothécaires.' },
  ]);
  const [q, setQ] = useState('');
  if (folded)
    return h('button', { type: 'button', class: 'bib-tab', onClick: () => setFolded(false) }, 'Biblio · Une question sur la médiathèque ?');
  const send = (e) => {
    e.preventDefault();
    const t = q.trim();
    if (!t) return;
    const hit = KB.find(([re]) => re.test(t));
    setMsgs([...msgs, { bot: false, text: t }, { bot: true, text: hit ? hit[1] : 'Je ne sais pas. Les bibliothécaires répondent à l’accueil ou au 02 00 00 00 31.' }]);
    setQ('');
  };
  return h('section', { class: 'bib-dock', 'aria-label': 'Biblio, assistant des médiathèques' },
    h('header', null,
      h('strong', null, 'Biblio'),
      h('span', null, 'Réseau des médiathèques de Villeneuve'),
      h('button', { type: 'button', 'aria-label': 'Replier', onClick: () => setFolded(true) }, '–')),
    h('ul', { 'aria-live': 'polite' }, msgs.map((m, i) => h('li', { key: i, class: m.bot ? 'bot' : 'me' }, m.text))),
    h('form', { onSubmit: send },
      h('input', { 'aria-label': 'Votre question', value: q, onInput: (e) => setQ(e.currentTarget.value), placeholder: 'Ex. : combien de livres puis-je emprunter ?' }),
      h('button', { type: 'submit' }, 'Envoyer')));
}

render(h(Helper), document.getElementById('bib-helper'));

import { h, render } from 'preact';
import { useState } from 'preact/hooks';

const REPONSES = [
  [/[ée]tat civil|naissance|mariage|d[ée]c[èe]s|acte/i, 'Les actes d’état civil se demandent en ligne ou à l’accueil de la mairie, du lundi au vendredi de 8 h 30 à 12 h.'],
  [/[ée]cole|cantine|scolaire|inscri/i, 'Les inscriptions scolaires pour la rentrée se font au service Enfance jusqu’au 30 avril, avec un justificatif de domicile.'],
  [/d[ée]chet|poubelle|encombrant|tri/i, 'Les bacs jaunes sont collectés le mercredi. Pour les encombrants, prenez rendez-vous au 00 00 00 00 00.'],
  [/salle|location/i, 'La salle des fêtes se loue aux habitants 250 € le week-end ; réservation auprès de l’accueil.'],
];

function Bulle({ m }) {
  return h('div', { class: m.moi ? 'mg-bulle mg-moi' : 'mg-bulle mg-elle' }, m.t);
}

function Margot() {
  const [ouvert, setOuvert] = useState(true);
  const [fil, setFil] = useState([
    { moi: false, t: 'Bonjour, je suis Margot ! 👋' },
    { moi: false, t: 'Je peux vous renseigner sur l’état civil, les inscriptions scolaires, la collecte des déchets ou la location de salles.' },
  ]);
  const [saisie, setSaisie] = useState('');

  const envoyer = (e) => {
    e.preventDefault();
    const q = saisie.trim();
    if (!q) return;
    setSaisie('');
    const trouve = REPONSES.find(([re]) => re.test(q));
    const rep = trouve ? trouve[1] : 'Je n’ai pas bien compris. Essayez avec d’autres mots, ou appelez l’accueil de la mairie au 00 00 00 00 00.';
    setFil((f) => [...f, { moi: true, t: q }, { moi: false, t: rep }]);
  };

  if (!ouvert) {
    return h('button', { type: 'button', class: 'mg-pastille', onClick: () => setOuvert(true), 'aria-label': 'Ouvrir la discussion avec Margot' },
      h('span', { class: 'mg-avatar', 'aria-hidden': 'true' }, 'M'), 'Margot');
  }
  return h('aside', { class: 'mg-panneau', 'aria-label': 'Margot, l’assistante de la mairie' }, [
    h('div', { class: 'mg-tete' }, [
      h('span', { class: 'mg-avatar', 'aria-hidden': 'true' }, 'M'),
      h('div', null, [h('strong', null, 'Margot'), h('small', null, 'L’assistante de la mairie de Saint-Aubin-des-Prés')]),
      h('button', { type: 'button', class: 'mg-fermer', 'aria-label': 'Réduire', onClick: () => setOuvert(false) }, '–'),
    ]),
    h('div', { class: 'mg-fil', role: 'log' }, fil.map((m, i) => h(Bulle, { m, key: i }))),
    h('form', { class: 'mg-form', onSubmit: envoyer }, [
      h('input', { value: saisie, onInput: (e) => setSaisie(e.currentTarget.value), placeholder: 'Posez votre question à Margot', 'aria-label': 'Votre question' }),
      h('button', { type: 'submit' }, 'OK'),
    ]),
  ]);
}

render(h(Margot), document.getElementById('margot'));

// Prefecture website: "Hugo", the naturalisation desk's conversational help, open on arrival (Preact, h()).
import { h, render } from 'preact';
import { useState, useEffect, useRef } from 'preact/hooks';

const THEMES = [
  [/délai|delai|combien de temps|attente/i, 'Le délai moyen entre le dépôt complet du dossier et l’entretien d’assimilation est actuellement de huit à dix mois.'],
  [/pièce|piece|document|justificatif/i, 'La liste des pièces dépend de votre situation (mariage, résidence, enfants). Elle s’affiche dans la démarche en ligne après le questionnaire.'],
  [/entretien|convocation/i, 'La convocation à l’entretien d’assimilation est envoyée par courrier et dans votre espace en ligne, au moins trois semaines à l’avance.'],
  [/langue|niveau|tcf|français|francais/i, 'Un niveau B2 à l’oral et à l’écrit est exigé, attesté par un diplôme ou un test de langue reconnu.'],
];

function reponse(q) {
  const t = THEMES.find(([re]) => re.test(q));
  return t ? t[1] : 'Je n’ai pas d’information sur ce point. Vous pouvez écrire au bureau de la nationalité par le formulaire de contact de la préfecture.';
}

function Hugo() {
  const [ouvert, setOuvert] = useState(true);
  const [fil, setFil] = useState([
    { hugo: true, t: 'Bonjour, je suis Hugo, votre conseiller virtuel pour les demandes de nationalité française.' },
    { hugo: true, t: 'Je peux vous renseigner sur les pièces à fournir, les délais et l’entretien. Je n’ai pas accès à votre dossier.' },
  ]);
  const [texte, setTexte] = useState('');
  const bas = useRef(null);
  useEffect(() => { if (bas.current) bas.current.scrollTop = bas.current.scrollHeight; }, [fil, ouvert]);

  if (!ouvert) {
    return h('button', { type: 'button', class: 'fr-btn pf-hugo-rouvrir', onClick: () => setOuvert(true) }, 'Hugo');
  }
  const soumettre = (e) => {
    e.preventDefault();
    const q = texte.trim();
    if (!q) return;
    setFil((f) => [...f, { hugo: false, t: q }]);
    setTexte('');
    setTimeout(() => setFil((f) => [...f, { hugo: true, t: reponse(q) }]), 500);
  };
  return h('div', { class: 'pf-hugo', role: 'complementary', 'aria-label': 'Hugo' }, [
    h('div', { class: 'pf-hugo__entete' }, [
      h('span', { class: 'pf-hugo__avatar', 'aria-hidden': 'true' }, 'H'),
      h('p', { class: 'pf-hugo__nom' }, ['Hugo', h('span', null, 'Bureau de la nationalité')]),
      h('button', { type: 'button', class: 'fr-btn--close', title: 'Réduire', onClick: () => setOuvert(false) }, 'Réduire'),
    ]),
    h('div', { class: 'pf-hugo__fil', ref: bas, role: 'log', 'aria-live': 'polite' },
      fil.map((m, i) => h('p', { key: i, class: m.hugo ? 'pf-msg' : 'pf-msg pf-msg--usager' }, m.t))),
    h('form', { class: 'pf-hugo__form', onSubmit: soumettre }, [
      h('label', { class: 'fr-label', for: 'pf-hugo-q' }, 'Votre question'),
      h('div', { class: 'pf-hugo__ligne' }, [
        h('input', { id: 'pf-hugo-q', class: 'fr-input', value: texte, onInput: (e) => setTexte(e.currentTarget.value) }),
        h('button', { type: 'submit', class: 'fr-btn' }, 'Envoyer'),
      ]),
    ]),
  ]);
}

render(h(Hugo, null), document.getElementById('pf-hugo-racine'));

import { h, render } from 'preact';
import { useState } from 'preact/hooks';

// Université (fictive) : page entière consacrée au robot de la scolarité, Preact en h().
const SUJETS = {
  'Inscription administrative': 'L’inscription administrative se fait en ligne sur l’ENT entre le 8 juillet et le 20 septembre. Vous recevrez votre certificat de scolarité par courriel.',
  'Certificat de scolarité': 'Le certificat est téléchargeable dans l’ENT, onglet « Ma scolarité », une fois les droits d’inscription réglés.',
  'Bourse et CVEC': 'L’attestation CVEC est obligatoire avant l’inscription. Pour la bourse, adressez-vous au CROUS.',
  'Transfert de dossier': 'La demande de transfert départ se fait auprès de la scolarité de votre composante, avec l’avis favorable de l’université d’accueil.',
};
function Page() {
  const [fil, setFil] = useState([{ r: true, t: 'Bonjour ! Je suis le robot de la scolarité. Choisissez un sujet ou écrivez votre question.' }]);
  const [txt, setTxt] = useState('');
  const poser = (q) => {
    const k = Object.keys(SUJETS).find((s) => q.toLowerCase().includes(s.toLowerCase().split(' ')[0]));
    setFil((f) => [...f, { r: false, t: q }, { r: true, t: k ? SUJETS[k] : 'Je ne connais pas encore la réponse. Écrivez à scolarite@univ-exemple.example.' }]);
  };
  return h('div', { class: 'rb' },
    h('aside', { class: 'rb-side' },
      h('h2', null, 'Sujets fréquents'),
      h('ul', null, Object.keys(SUJETS).map((s) => h('li', null, h('button', { type: 'button', onClick: () => poser(s) }, s)))),
      h('p', { class: 'rb-side-note' }, 'Horaires du guichet : du lundi au vendredi, 9 h – 12 h 30.')),
    h('section', { class: 'rb-main', 'aria-label': 'Conversation' },
      h('div', { class: 'rb-fil' }, fil.map((m) => h('div', { class: m.r ? 'rb-m rb-m--r' : 'rb-m rb-m--u' }, m.r ? h('span', { class: 'rb-ico', 'aria-hidden': 'true' }, '🤖') : null, h('p', null, m.t)))),
      h('form', { class: 'rb-form', onSubmit: (e) => { e.preventDefault(); if (txt.trim()) { poser(txt.trim()); setTxt(''); } } },
        h('input', { value: txt, onInput: (e) => setTxt(e.currentTarget.value), placeholder: 'Votre question sur votre scolarité', 'aria-label': 'Votre question' }),
        h('button', { type: 'submit' }, 'Envoyer'))));
}
render(h(Page), document.getElementById('robot-scolarite'));

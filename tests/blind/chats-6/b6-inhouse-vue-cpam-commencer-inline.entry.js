// CPAM du Val-d'Orge (site local) — bloc « Assistant démarches santé » dans la page (Vue 3, fonctions de rendu).
import { createApp, h, ref, nextTick } from 'vue';

const REPONSES = [
  [/carte vitale|vitale/i, 'Pour une nouvelle carte Vitale, faites la demande depuis votre compte ameli, rubrique « Mes démarches ».'],
  [/arr[êe]t|indemnit/i, 'Les indemnités journalières sont versées tous les 14 jours environ, une fois l’arrêt reçu et vos droits vérifiés.'],
  [/rembours|feuille de soins/i, 'Une feuille de soins papier est remboursée sous 30 jours environ après réception.'],
];
const App = {
  setup() {
    const etape = ref('accueil');
    const msgs = ref([]);
    const q = ref('');
    const fil = ref(null);
    const commencer = () => { etape.value = 'chat'; msgs.value = [{ b: true, t: 'Bonjour, quelle est votre question sur vos remboursements, votre carte Vitale ou vos arrêts de travail ?' }]; };
    const envoyer = async (e) => {
      e.preventDefault();
      const t = q.value.trim(); if (!t) return;
      msgs.value.push({ b: false, t }); q.value = '';
      const r = (REPONSES.find(([re]) => re.test(t)) || [0, 'Je n’ai pas d’information sur ce point. Vous pouvez contacter un conseiller au 3646.'])[1];
      msgs.value.push({ b: true, t: r });
      await nextTick(); if (fil.value) fil.value.scrollTop = fil.value.scrollHeight;
    };
    return () => h('section', { class: 'cp-assist', 'aria-labelledby': 'cp-assist-titre' }, [
      h('h2', { id: 'cp-assist-titre' }, 'Assistant démarches santé'),
      etape.value === 'accueil'
        ? h('div', { class: 'cp-accueil' }, [
            h('p', null, 'Posez vos questions sur vos remboursements, votre carte Vitale ou vos indemnités journalières.'),
            h('p', { class: 'cp-mention' }, 'Cet assistant fonctionne avec une intelligence artificielle. Il n’a pas accès à votre dossier et peut se tromper : ne communiquez pas votre numéro de sécurité sociale.'),
            h('button', { type: 'button', class: 'cp-btn', onClick: commencer }, 'Commencer'),
          ])
        : h('div', { class: 'cp-chat' }, [
            h('div', { class: 'cp-fil', ref: fil, 'aria-live': 'polite' }, msgs.value.map((m, i) => h('p', { key: i, class: m.b ? 'cp-b' : 'cp-u' }, m.t))),
            h('form', { onSubmit: envoyer }, [
              h('input', { value: q.value, onInput: (e) => { q.value = e.target.value; }, placeholder: 'Votre question', 'aria-label': 'Votre question' }),
              h('button', { type: 'submit', class: 'cp-btn' }, 'Envoyer'),
            ]),
          ]),
    ]);
  },
};
createApp(App).mount('#assistant-sante');

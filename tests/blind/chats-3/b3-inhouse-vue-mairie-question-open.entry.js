import { createApp, h, ref } from 'vue';

// Petite commune (fictive) : boîte « Une question ? » ouverte au chargement, Vue 3 en fonctions render.
// Elle ne dit pas qui répond.
const BASE = [
  ['horaire', 'La mairie est ouverte du lundi au vendredi de 8 h 30 à 12 h et le mercredi après-midi de 14 h à 17 h 30.'],
  ['salle', 'La salle des fêtes se réserve auprès du secrétariat, au moins un mois à l’avance. Tarif habitants : 150 €.'],
  ['urbanisme', 'Les dossiers d’urbanisme (déclaration préalable, permis) se déposent en ligne sur le guichet numérique.'],
];
createApp({
  setup() {
    const visible = ref(true);
    const fil = ref([{ b: true, t: 'Bonjour ! Que cherchez-vous ?' }]);
    const champ = ref('');
    const envoyer = (e) => {
      e.preventDefault();
      const t = champ.value.trim();
      if (!t) return;
      const r = BASE.find(([k]) => t.toLowerCase().includes(k));
      fil.value = [...fil.value, { b: false, t }, { b: true, t: r ? r[1] : 'Je n’ai pas trouvé. Vous pouvez appeler le secrétariat au 00 00 00 00 00.' }];
      champ.value = '';
    };
    return () =>
      visible.value
        ? h('div', { class: 'uq' }, [
            h('div', { class: 'uq-tete' }, [h('span', 'Une question ?'), h('button', { type: 'button', 'aria-label': 'Fermer', onClick: () => (visible.value = false) }, '×')]),
            h('div', { class: 'uq-fil' }, fil.value.map((m) => h('div', { class: m.b ? 'uq-b' : 'uq-u' }, m.t))),
            h('form', { class: 'uq-form', onSubmit: envoyer }, [
              h('input', { value: champ.value, onInput: (e) => (champ.value = e.target.value), placeholder: 'Tapez ici…', 'aria-label': 'Votre question' }),
              h('button', { type: 'submit' }, '→'),
            ]),
          ])
        : h('button', { class: 'uq-rouvrir', type: 'button', onClick: () => (visible.value = true) }, 'Une question ?');
  },
}).mount('#une-question');

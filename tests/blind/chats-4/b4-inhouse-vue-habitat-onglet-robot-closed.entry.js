// Social landlord's tenant site: a vertical side tab; the help window exists only while open (v-if).
import { createApp, h, ref, nextTick } from 'vue';

const REPONSES = [
  [/loyer|paiement|prélèvement|prelevement/i, 'Vous pouvez payer votre loyer par prélèvement (le 5 ou le 10 du mois), par carte sur votre espace locataire, ou en espèces dans un bureau de poste avec votre avis d’échéance.'],
  [/panne|fuite|chauffage|ascenseur|réparation|reparation/i, 'Pour une panne dans les parties communes ou une fuite, faites une demande d’intervention dans votre espace locataire. En urgence le soir et le week-end : 00 00 00 00 00.'],
  [/attestation|quittance/i, 'Vos quittances et attestations de loyer sont téléchargeables dans votre espace locataire, rubrique « Mes documents ».'],
  [/mutation|échange|echange|changer de logement/i, 'Une demande de mutation se fait auprès de votre agence. Elle est étudiée en commission d’attribution selon les logements disponibles.'],
];

const App = {
  setup() {
    const ouvert = ref(false);
    const messages = ref([{ qui: 'robot', texte: 'Bonjour ! Je suis le robot d’aide de Toits du Val-d’Orge. Choisissez un sujet ou écrivez votre question.' }]);
    const saisie = ref('');
    const liste = ref(null);
    const defiler = () => nextTick(() => { if (liste.value) liste.value.scrollTop = liste.value.scrollHeight; });
    const poser = (q) => {
      messages.value.push({ qui: 'moi', texte: q });
      const r = REPONSES.find(([re]) => re.test(q));
      setTimeout(() => {
        messages.value.push({ qui: 'robot', texte: r ? r[1] : 'Je n’ai pas compris. Vous pouvez aussi écrire à votre agence depuis votre espace locataire.' });
        defiler();
      }, 450);
      defiler();
    };
    const envoyer = (e) => {
      e.preventDefault();
      const q = saisie.value.trim();
      if (q) { poser(q); saisie.value = ''; }
    };
    const robot = (taille) => h('svg', { viewBox: '0 0 24 24', width: taille, height: taille, 'aria-hidden': 'true' }, [
      h('rect', { x: 4, y: 7, width: 16, height: 12, rx: 3, fill: 'currentColor' }),
      h('rect', { x: 11, y: 3, width: 2, height: 4, fill: 'currentColor' }),
      h('circle', { cx: 9, cy: 13, r: 1.6, fill: '#fff' }),
      h('circle', { cx: 15, cy: 13, r: 1.6, fill: '#fff' }),
    ]);
    return () => [
      h('button', {
        type: 'button',
        class: ['th-onglet', { 'th-onglet--actif': ouvert.value }],
        'aria-expanded': String(ouvert.value),
        'aria-controls': 'th-fenetre',
        onClick: () => { ouvert.value = !ouvert.value; },
      }, [robot(20), h('span', 'Aide')]),
      ouvert.value
        ? h('aside', { id: 'th-fenetre', class: 'th-fenetre', role: 'dialog', 'aria-label': 'Robot d’aide' }, [
            h('header', { class: 'th-fenetre__haut' }, [robot(26), h('span', 'Robot d’aide'), h('button', { type: 'button', class: 'th-fermer', 'aria-label': 'Fermer', onClick: () => { ouvert.value = false; } }, '×')]),
            h('div', { class: 'th-liste', ref: liste, role: 'log', 'aria-live': 'polite' },
              messages.value.map((m, i) => h('p', { key: i, class: `th-msg th-msg--${m.qui}` }, m.texte))),
            h('div', { class: 'th-sujets' }, ['Payer mon loyer', 'Signaler une panne', 'Attestation de loyer'].map((s) => h('button', { type: 'button', onClick: () => poser(s) }, s))),
            h('form', { class: 'th-form', onSubmit: envoyer }, [
              h('input', { value: saisie.value, onInput: (e) => { saisie.value = e.target.value; }, placeholder: 'Écrivez ici…', 'aria-label': 'Votre question' }),
              h('button', { type: 'submit' }, 'OK'),
            ]),
          ])
        : null,
    ];
  },
};

createApp(App).mount('#th-aide');

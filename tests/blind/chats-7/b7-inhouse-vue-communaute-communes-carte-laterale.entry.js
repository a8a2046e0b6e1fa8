// Communauté de communes: a question card in the sidebar of the waste-collection page (Vue 3, render functions).
import { createApp, h, ref, nextTick } from 'vue';

const KB = [
  [/bac|poubelle|conteneur/i, 'Les bacs se demandent au service déchets : formulaire en ligne ou 03 00 00 00 40. Livraison sous 15 jours.'],
  [/déchèterie|decheterie|horaire/i, 'Les déchèteries de Saint-Aubin et de Mareuil sont ouvertes du mardi au samedi, 9 h–12 h et 14 h–18 h.'],
  [/collecte|ramassage|jour/i, 'La collecte des ordures ménagères a lieu le lundi, celle du tri le jeudi des semaines paires.'],
  [/encombrant/i, 'Les encombrants sont collectés sur rendez-vous une fois par trimestre.'],
];

createApp({
  setup() {
    const msgs = ref([]);
    const q = ref('');
    const list = ref(null);
    const ask = () => {
      const text = q.value.trim();
      if (!text) return;
      const hit = KB.find(([re]) => re.test(text));
      msgs.value.push({ me: true, text }, { me: false, text: hit ? hit[1] : "Je n'ai pas trouvé. Le service déchets répond au 03 00 00 00 40." });
      q.value = '';
      nextTick(() => { if (list.value) list.value.scrollTop = list.value.scrollHeight; });
    };
    return () =>
      h('aside', { class: 'cc-card', 'aria-labelledby': 'cc-card-title' }, [
        h('h2', { id: 'cc-card-title', class: 'cc-card__title' }, 'Une question sur vos déchets ?'),
        h('p', { class: 'cc-card__intro' }, 'Demandez à Tri’Go, l’assistant de la Communauté de communes du Val d’Aubance.'),
        msgs.value.length
          ? h('ul', { class: 'cc-card__log', ref: list, 'aria-live': 'polite' }, msgs.value.map((m, i) => h('li', { key: i, class: m.me ? 'me' : 'bot' }, m.text)))
          : null,
        h('form', { class: 'cc-card__form', onSubmit: (e) => { e.preventDefault(); ask(); } }, [
          h('label', { for: 'cc-q', class: 'sr-only' }, 'Votre question'),
          h('input', { id: 'cc-q', value: q.value, onInput: (e) => (q.value = e.target.value), placeholder: 'Ex. : jour de collecte à Mareuil' }),
          h('button', { type: 'submit' }, 'Demander'),
        ]),
        h('p', { class: 'cc-card__note' }, 'Réponses générées par une intelligence artificielle : vérifiez les informations importantes auprès du service.'),
      ]);
  },
}).mount('#cc-assistant');

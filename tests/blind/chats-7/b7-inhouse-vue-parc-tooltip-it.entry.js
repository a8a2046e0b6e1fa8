// Parc naturel régional, Italian pages: round launcher with a tooltip shown at load
// (first visit), window rendered with v-if on click (Vue 3, render functions).
import { createApp, h, ref } from 'vue';

const KB = [
  [/sentier|sentiero|percors|escursion/i, 'Il sentiero dei laghi (12 km, 600 m di dislivello) parte dal parcheggio del Col Bleu. È aperto da giugno a ottobre.'],
  [/rifug|dormir|notte/i, 'I rifugi del Parco si prenotano direttamente presso i gestori; l’elenco è nella pagina «Dormire nel Parco».'],
  [/cane|cani/i, 'I cani sono ammessi al guinzaglio, tranne nella riserva naturale del Vallon.'],
];

createApp({
  setup() {
    const open = ref(false);
    const tip = ref(true);
    const q = ref('');
    const msgs = ref([{ bot: true, text: 'Ciao! Come posso aiutarti a preparare la tua visita al Parco?' }]);
    const send = (e) => {
      e.preventDefault();
      const t = q.value.trim();
      if (!t) return;
      const hit = KB.find(([re]) => re.test(t));
      msgs.value.push({ bot: false, text: t }, { bot: true, text: hit ? hit[1] : 'Non ho trovato la risposta. La Casa del Parco risponde al +33 4 00 00 00 05.' });
      q.value = '';
    };
    return () => h('div', { class: 'pq' }, [
      tip.value && !open.value
        ? h('div', { class: 'pq-tip', role: 'tooltip', id: 'pq-tip' }, [
            h('span', null, 'Assistente IA del Parco: chiedimi sentieri, rifugi e regole di visita'),
            h('button', { type: 'button', 'aria-label': 'Chiudi', onClick: () => (tip.value = false) }, '×'),
          ])
        : null,
      open.value
        ? h('section', { class: 'pq-win', 'aria-label': 'Assistente del Parco' }, [
            h('header', null, [h('strong', null, 'Parco naturale regionale delle Alpi Serene'), h('button', { type: 'button', 'aria-label': 'Chiudi', onClick: () => (open.value = false) }, '×')]),
            h('ul', { 'aria-live': 'polite' }, msgs.value.map((m, i) => h('li', { key: i, class: m.bot ? 'bot' : 'me' }, m.text))),
            h('form', { onSubmit: send }, [
              h('input', { 'aria-label': 'La tua domanda', placeholder: 'La tua domanda', value: q.value, onInput: (e) => (q.value = e.target.value) }),
              h('button', { type: 'submit' }, 'Invia'),
            ]),
          ])
        : null,
      h('button', { type: 'button', class: 'pq-launch', 'aria-describedby': 'pq-tip', 'aria-label': 'Apri l’assistente del Parco', onClick: () => { open.value = !open.value; tip.value = false; } }, [
        h('svg', { viewBox: '0 0 24 24', width: 28, height: 28, 'aria-hidden': 'true' }, [h('path', { d: 'M4 4h16v11H8l-4 4z', fill: 'none', stroke: 'currentColor', 'stroke-width': 2 })]),
      ]),
    ]);
  },
}).mount('#pq-assistente');

import { createApp, h, ref, nextTick } from 'vue';

const KB = [
  [/cv|curriculum/i, 'Pour votre CV, mettez en avant vos trois dernières expériences et les compétences attendues dans l’offre. L’atelier « CV » de votre agence peut aussi vous aider.'],
  [/lettre|motivation/i, 'Une lettre de motivation courte (une page) qui reprend les mots de l’offre est souvent mieux lue.'],
  [/entretien/i, 'Avant un entretien, relisez l’offre, préparez deux exemples concrets par compétence et une question sur le poste.'],
  [/actualis/i, 'L’actualisation se fait chaque mois dans votre espace personnel, entre le 28 et le 15 du mois suivant.'],
];

const App = {
  setup() {
    const open = ref(true);
    const text = ref('');
    const messages = ref([
      { who: 'bot', text: 'Bonjour ! Je peux relire votre CV, vous aider à préparer un entretien ou à répondre à une offre. Par quoi commence-t-on ?' },
    ]);
    const logEl = ref(null);
    const scroll = () => nextTick(() => { if (logEl.value) logEl.value.scrollTop = logEl.value.scrollHeight; });
    const send = async (e) => {
      e.preventDefault();
      const q = text.value.trim();
      if (!q) return;
      text.value = '';
      messages.value.push({ who: 'me', text: q });
      scroll();
      const hit = KB.find(([re]) => re.test(q));
      let answer;
      if (hit) answer = hit[1];
      else {
        try {
          const r = await fetch('http://127.0.0.1:9/candidature/chat', { method: 'POST', body: JSON.stringify({ q }) });
          answer = (await r.json()).answer;
        } catch {
          answer = 'Le service est momentanément indisponible. Réessayez plus tard ou contactez votre conseiller depuis votre espace.';
        }
      }
      messages.value.push({ who: 'bot', text: answer });
      scroll();
    };
    return () => {
      if (!open.value) {
        return h('button', { type: 'button', class: 'ca-fab', 'aria-label': 'Ouvrir l’assistant candidature', onClick: () => { open.value = true; } }, [
          h('span', { class: 'ca-fab-icon', 'aria-hidden': 'true' }, '✦'), 'Assistant candidature',
        ]);
      }
      return h('div', { class: 'ca-window', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'ca-title' }, [
        h('div', { class: 'ca-head' }, [
          h('div', { class: 'ca-avatar', 'aria-hidden': 'true' }, '✦'),
          h('div', { class: 'ca-titles' }, [
            h('p', { id: 'ca-title', class: 'ca-title' }, 'Assistant candidature'),
            h('p', { class: 'ca-sub' }, 'Agent d’IA générative – service en test'),
          ]),
          h('button', { type: 'button', class: 'ca-min', 'aria-label': 'Réduire la fenêtre', onClick: () => { open.value = false; } }, '×'),
        ]),
        h('div', { class: 'ca-log', ref: logEl, role: 'log', 'aria-live': 'polite' },
          messages.value.map((m, i) => h('div', { key: i, class: ['ca-msg', m.who === 'bot' ? 'ca-bot' : 'ca-me'] }, m.text))),
        h('form', { class: 'ca-form', onSubmit: send }, [
          h('input', { class: 'fr-input', 'aria-label': 'Votre message', placeholder: 'Écrivez votre message…', value: text.value, onInput: (e) => { text.value = e.target.value; } }),
          h('button', { type: 'submit', class: 'fr-btn fr-btn--sm' }, 'Envoyer'),
        ]),
      ]);
    };
  },
};

createApp(App).mount('#assistant-candidature');

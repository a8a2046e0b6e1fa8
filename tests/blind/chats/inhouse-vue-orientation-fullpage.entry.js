// Onisep-like page: the site's own assistant written in Vue 3 (render functions), full page.
import { createApp, h, ref } from 'vue';

const App = {
  setup() {
    const log = ref([{ me: false, text: 'Bonjour ! Dis-moi ce que tu aimes faire, je te propose des métiers et des formations.' }]);
    const draft = ref('');
    const send = (e) => {
      e.preventDefault();
      if (!draft.value.trim()) return;
      log.value.push({ me: true, text: draft.value }, { me: false, text: 'Voici trois pistes à explorer sur onisep.fr.' });
      draft.value = '';
    };
    return () => [
      h('div', { class: 'o-log', role: 'log', 'aria-live': 'polite' }, log.value.map((m) => h('p', { class: m.me ? 'o-me' : 'o-bot' }, m.text))),
      h('form', { class: 'o-form', onSubmit: send }, [
        h('input', { 'aria-label': 'Ton message', placeholder: 'Ex. : j’aime le dessin et les sciences', value: draft.value, onInput: (e) => (draft.value = e.target.value) }),
        h('button', { type: 'submit' }, 'Envoyer'),
      ]),
      h('p', { class: 'o-note' }, 'Réponses générées automatiquement par une IA à partir des données de l’Onisep. Elles ne remplacent pas un conseiller.'),
    ];
  },
};
createApp(App).mount('#orient');

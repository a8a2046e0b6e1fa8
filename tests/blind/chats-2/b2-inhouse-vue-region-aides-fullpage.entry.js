// Région, "Trouver une aide" page: the whole page is a conversation with the region's
// assistant, a Vue 3 app (render functions, as compiled from the region's single-file
// components). Suggestions, a message list and a composer; the backend is the region's
// API (unreachable here).
import { createApp, h, nextTick, reactive, ref } from 'vue';

const SUGGESTIONS = ['Je crée mon entreprise', 'Aide au permis de conduire', 'Rénovation énergétique de mon logement', 'Bourse pour une formation sanitaire'];

const App = {
  setup() {
    const state = reactive({
      messages: [
        { role: 'assistant', text: 'Bonjour, je vous aide à trouver les aides de la Région qui correspondent à votre situation. Décrivez votre projet en quelques mots.' },
      ],
      pending: false,
    });
    const draft = ref('');
    const list = ref(null);
    async function send(text) {
      const q = (text ?? draft.value).trim();
      if (!q || state.pending) return;
      draft.value = '';
      state.messages.push({ role: 'user', text: q });
      state.pending = true;
      try {
        const r = await fetch('http://127.0.0.1:9/v1/aides/chat', { method: 'POST', body: JSON.stringify({ messages: state.messages }) });
        state.messages.push({ role: 'assistant', text: (await r.json()).text });
      } catch {
        state.messages.push({ role: 'assistant', text: 'Désolé, je ne peux pas répondre pour le moment. Consultez le catalogue des aides ou appelez le 0 800 00 00 00.' });
      } finally {
        state.pending = false;
        await nextTick();
        if (list.value) list.value.scrollTop = list.value.scrollHeight;
      }
    }
    return () =>
      h('div', { class: 'ra-chat' }, [
        h('div', { class: 'ra-chat__intro' }, [
          h('h1', 'Trouver une aide de la Région'),
          h('p', 'Posez votre question comme vous la poseriez à un conseiller : l’assistant vous oriente vers les dispositifs adaptés.'),
        ]),
        h(
          'div',
          { class: 'ra-chat__list', ref: list, role: 'log', 'aria-live': 'polite' },
          state.messages.map((m, i) =>
            h('div', { key: i, class: ['ra-msg', `ra-msg--${m.role}`] }, [
              h('div', { class: 'ra-msg__who' }, m.role === 'assistant' ? 'Assistant des aides' : 'Vous'),
              h('div', { class: 'ra-msg__text' }, m.text),
            ]),
          ),
        ),
        state.messages.length === 1
          ? h(
              'div',
              { class: 'ra-chat__suggest' },
              SUGGESTIONS.map((s) => h('button', { type: 'button', class: 'ra-chip', onClick: () => send(s) }, s)),
            )
          : null,
        h(
          'form',
          { class: 'ra-chat__composer', onSubmit: (e) => { e.preventDefault(); send(); } },
          [
            h('label', { for: 'ra-input', class: 'ra-visually-hidden' }, 'Votre message'),
            h('textarea', {
              id: 'ra-input',
              rows: 2,
              placeholder: 'Décrivez votre projet…',
              value: draft.value,
              onInput: (e) => (draft.value = e.target.value),
              onKeydown: (e) => { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); send(); } },
            }),
            h('button', { type: 'submit', disabled: state.pending }, 'Envoyer'),
          ],
        ),
        h(
          'p',
          { class: 'ra-chat__legal' },
          'Cet assistant est basé sur un modèle de langage : ses réponses peuvent être inexactes et n’ouvrent aucun droit. Seule l’instruction de votre dossier fait foi.',
        ),
      ]);
  },
};

const style = document.createElement('style');
style.textContent = `
.ra-chat{max-width:860px;margin:0 auto;display:flex;flex-direction:column;min-height:calc(100vh - 130px);padding:0 16px}
.ra-chat__intro h1{font-size:28px;margin:24px 0 8px}.ra-chat__intro p{color:#444;margin:0 0 16px}
.ra-chat__list{flex:1;overflow:auto;display:flex;flex-direction:column;gap:14px;padding:12px 0}
.ra-msg{max-width:78%}.ra-msg--user{align-self:flex-end;text-align:right}
.ra-msg__who{font-size:12px;color:#666;margin-bottom:2px}
.ra-msg__text{background:#f4f0fa;border-radius:12px;padding:10px 14px;line-height:1.45}
.ra-msg--user .ra-msg__text{background:#6e2a8c;color:#fff}
.ra-chat__suggest{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}
.ra-chip{border:1px solid #6e2a8c;color:#6e2a8c;background:#fff;border-radius:16px;padding:6px 12px;cursor:pointer}
.ra-chat__composer{display:flex;gap:8px;border:1px solid #aaa;border-radius:10px;padding:8px;margin-top:8px}
.ra-chat__composer textarea{flex:1;border:0;resize:none;font:inherit}.ra-chat__composer button{background:#6e2a8c;color:#fff;border:0;border-radius:8px;padding:0 18px}
.ra-chat__legal{font-size:12px;color:#666;text-align:center;margin:8px 0 16px}
.ra-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}`;
document.head.appendChild(style);

createApp(App).mount('#aides-chat');

// Régie publique de l'eau (a water utility run by the urban community): an icon-only
// round button in the corner (an aria-label, no visible text); the conversation window is
// a Vue 3 component rendered only while open (v-if), so nothing of it is in the page at load.
import { createApp, h, ref } from 'vue';

const ChatWindow = {
  emits: ['close'],
  setup(_, { emit }) {
    const messages = ref([
      { bot: true, text: 'Bonjour, je suis Léa. Je peux vous renseigner sur votre facture d’eau, un changement de compteur ou une fuite.' },
    ]);
    const text = ref('');
    const send = () => {
      const q = text.value.trim();
      if (!q) return;
      messages.value.push({ bot: false, text: q });
      text.value = '';
      fetch('http://127.0.0.1:9/lea/message', { method: 'POST', body: q })
        .then((r) => r.text())
        .then((t) => messages.value.push({ bot: true, text: t }))
        .catch(() => messages.value.push({ bot: true, text: 'Je rencontre un problème technique. Notre service clients répond au 09 00 00 00 00.' }));
    };
    return () =>
      h('div', { class: 'eau-win', role: 'dialog', 'aria-label': 'Léa' }, [
        h('div', { class: 'eau-win__head' }, [
          h('span', { class: 'eau-win__dot', 'aria-hidden': 'true' }),
          h('strong', 'Léa'),
          h('button', { type: 'button', class: 'eau-win__close', 'aria-label': 'Fermer', onClick: () => emit('close') }, '×'),
        ]),
        h('div', { class: 'eau-win__msgs' }, messages.value.map((m, i) => h('p', { key: i, class: m.bot ? 'eau-m eau-m--bot' : 'eau-m eau-m--me' }, m.text))),
        h('div', { class: 'eau-win__input' }, [
          h('input', {
            value: text.value,
            placeholder: 'Votre message',
            'aria-label': 'Votre message',
            onInput: (e) => (text.value = e.target.value),
            onKeyup: (e) => e.key === 'Enter' && send(),
          }),
          h('button', { type: 'button', onClick: send, 'aria-label': 'Envoyer' }, '➤'),
        ]),
      ]);
  },
};

const Widget = {
  setup() {
    const open = ref(false);
    return () => [
      open.value ? h(ChatWindow, { onClose: () => (open.value = false) }) : null,
      h(
        'button',
        {
          type: 'button',
          class: 'eau-fab',
          'aria-label': open.value ? 'Fermer la discussion' : 'Ouvrir la discussion',
          'aria-expanded': String(open.value),
          onClick: () => (open.value = !open.value),
        },
        [
          h('svg', { viewBox: '0 0 24 24', width: 30, height: 30, 'aria-hidden': 'true' }, [
            h('path', { fill: 'currentColor', d: 'M12 3C6.5 3 2 6.6 2 11c0 2.4 1.3 4.5 3.4 6L4 21l4.6-2.3c1.1.3 2.2.4 3.4.4 5.5 0 10-3.6 10-8s-4.5-8-10-8z' }),
          ]),
        ],
      ),
    ];
  },
};

const style = document.createElement('style');
style.textContent = `
.eau-fab{position:fixed;right:22px;bottom:22px;width:60px;height:60px;border-radius:50%;border:0;background:#0077c8;color:#fff;
  box-shadow:0 3px 10px rgba(0,0,0,.3);cursor:pointer;z-index:2000;display:grid;place-items:center}
.eau-win{position:fixed;right:22px;bottom:94px;width:340px;height:460px;background:#fff;border-radius:14px;box-shadow:0 8px 28px rgba(0,0,0,.25);
  display:flex;flex-direction:column;z-index:2000;font-family:Verdana,sans-serif;font-size:13px;overflow:hidden}
.eau-win__head{display:flex;align-items:center;gap:8px;background:#0077c8;color:#fff;padding:12px}
.eau-win__dot{width:10px;height:10px;border-radius:50%;background:#7ee07e}.eau-win__close{margin-left:auto;background:none;border:0;color:#fff;font-size:22px}
.eau-win__msgs{flex:1;overflow:auto;padding:10px}.eau-m{padding:8px 10px;border-radius:10px;margin:0 0 8px;max-width:85%}
.eau-m--bot{background:#e8f3fb}.eau-m--me{background:#0077c8;color:#fff;margin-left:auto}
.eau-win__input{display:flex;border-top:1px solid #ddd}.eau-win__input input{flex:1;border:0;padding:12px}.eau-win__input button{border:0;background:none;color:#0077c8;font-size:18px;padding:0 14px}`;
document.head.appendChild(style);

createApp(Widget).mount('#eau-assistant');

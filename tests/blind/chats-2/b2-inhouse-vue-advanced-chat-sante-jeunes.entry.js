// "Santé jeunes" space of a regional health agency: an automatic question box built on
// the vue-advanced-chat web component (its UI lives in an open shadow root), one room,
// in the page's content column. The kit's labels are left in English as shipped.
import { register } from 'vue-advanced-chat';

register();

const BOT = 'assistant-sante';
const ME = 'visiteur';
const now = () => new Date().toTimeString().slice(0, 5);
let messages = [
  {
    _id: 'm1',
    content: 'Salut ! Je suis l’assistant Santé jeunes. Pose ta question sur la santé, la contraception, le sommeil ou le moral : c’est anonyme et gratuit.',
    senderId: BOT,
    username: 'Santé jeunes',
    timestamp: '09:00',
    date: 'Aujourd’hui',
  },
  {
    _id: 'm2',
    content: 'En cas d’urgence, appelle le 15 ou le 3114 (prévention du suicide).',
    senderId: BOT,
    username: 'Santé jeunes',
    timestamp: '09:00',
    date: 'Aujourd’hui',
  },
];

const chat = document.createElement('vue-advanced-chat');
chat.setAttribute('height', '560px');
chat.setAttribute('current-user-id', ME);
chat.setAttribute('single-room', 'true');
chat.setAttribute('rooms-loaded', 'true');
chat.setAttribute('show-files', 'false');
chat.setAttribute('show-audio', 'false');
chat.setAttribute('show-emojis', 'false');
chat.setAttribute('show-reaction-emojis', 'false');
chat.setAttribute('show-search', 'false');
chat.setAttribute('show-add-room', 'false');
chat.setAttribute(
  'rooms',
  JSON.stringify([
    {
      roomId: 'sante-jeunes',
      roomName: 'Santé jeunes – questions anonymes',
      avatar: '',
      users: [
        { _id: ME, username: 'Toi' },
        { _id: BOT, username: 'Santé jeunes' },
      ],
    },
  ]),
);
chat.setAttribute(
  'styles',
  JSON.stringify({ general: { color: '#1d1d1b' }, header: { background: '#fde8e4' }, message: { backgroundMe: '#ffd1c7', background: '#ffffff' } }),
);

function push(list) {
  messages = list;
  chat.setAttribute('messages', JSON.stringify(messages));
}

chat.addEventListener('fetch-messages', () => {
  chat.setAttribute('messages-loaded', 'false');
  setTimeout(() => {
    push([...messages]);
    chat.setAttribute('messages-loaded', 'true');
  });
});

chat.addEventListener('send-message', async ({ detail: [{ content }] }) => {
  push([...messages, { _id: `u${messages.length}`, content, senderId: ME, username: 'Toi', timestamp: now() }]);
  let answer;
  try {
    const r = await fetch('http://127.0.0.1:9/sante-jeunes/questions', { method: 'POST', body: content });
    answer = await r.text();
  } catch {
    answer = 'Je n’ai pas de réponse toute prête à ça. Tu peux appeler Fil Santé Jeunes au 0 800 235 236 (gratuit et anonyme).';
  }
  push([...messages, { _id: `b${messages.length}`, content: answer, senderId: BOT, username: 'Santé jeunes', timestamp: now() }]);
});

document.getElementById('sante-jeunes-chat').appendChild(chat);

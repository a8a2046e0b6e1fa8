// Negative. Ville: live broadcast of the municipal council, with the viewers' comment
// feed beside the video (new comments arrive over time, simulated from a list) and a
// field to post a comment under a pseudonym. A Vue 3 component. No assistant: people
// comment, a moderator occasionally answers.
import { createApp, h, onMounted, onUnmounted, ref } from 'vue';

const INCOMING = [
  { who: 'Modération', text: 'Bienvenue sur le direct du conseil municipal. Les commentaires sont modérés a posteriori.', mod: true },
  { who: 'Jeanne_R', text: 'Bonsoir, le son est très faible sur la tribune de gauche.' },
  { who: 'Modération', text: 'Merci, nous prévenons la régie.', mod: true },
  { who: 'Paulo38', text: 'Le point sur la cantine de l’école Jules-Ferry passe à quelle heure ?' },
  { who: 'M. Benali', text: 'Point 7 de l’ordre du jour normalement.' },
  { who: 'Sylvie', text: 'Merci pour la retransmission, c’est pratique quand on ne peut pas se déplacer.' },
  { who: 'kevin_l', text: 'Est-ce que la vidéo sera disponible en replay ?' },
  { who: 'Modération', text: 'Oui, le replay est publié sous 48 h avec le procès-verbal.', mod: true },
];

const Feed = {
  setup() {
    const comments = ref(INCOMING.slice(0, 5).map((c, i) => ({ ...c, id: i, t: `19:${String(2 + i * 3).padStart(2, '0')}` })));
    const pseudo = ref('');
    const text = ref('');
    const list = ref(null);
    let n = 5;
    let timer;
    const scroll = () => requestAnimationFrame(() => list.value && (list.value.scrollTop = list.value.scrollHeight));
    onMounted(() => {
      scroll();
      timer = setInterval(() => {
        if (n >= INCOMING.length) return clearInterval(timer);
        comments.value = [...comments.value, { ...INCOMING[n], id: n, t: '19:2' + (n - 3) }];
        n++;
        scroll();
      }, 2500);
    });
    onUnmounted(() => clearInterval(timer));
    const post = (e) => {
      e.preventDefault();
      if (!text.value.trim()) return;
      comments.value = [...comments.value, { id: `me${comments.value.length}`, who: pseudo.value.trim() || 'Anonyme', text: text.value.trim(), t: 'maintenant', pending: true }];
      text.value = '';
      scroll();
    };
    return () =>
      h('aside', { class: 'live-feed', 'aria-label': 'Commentaires du direct' }, [
        h('h2', { class: 'live-feed__title' }, [h('span', { class: 'live-dot' }), ' Commentaires en direct']),
        h(
          'ul',
          { class: 'live-feed__list', ref: list },
          comments.value.map((c) =>
            h('li', { key: c.id, class: ['live-c', c.mod && 'live-c--mod'] }, [
              h('span', { class: 'live-c__who' }, c.who),
              h('span', { class: 'live-c__t' }, c.t),
              h('p', { class: 'live-c__text' }, c.text),
              c.pending ? h('span', { class: 'live-c__pending' }, 'En attente de modération') : null,
            ]),
          ),
        ),
        h('form', { class: 'live-feed__form', onSubmit: post }, [
          h('label', { for: 'live-pseudo' }, 'Pseudonyme'),
          h('input', { id: 'live-pseudo', value: pseudo.value, onInput: (e) => (pseudo.value = e.target.value), maxlength: 30 }),
          h('label', { for: 'live-text' }, 'Votre commentaire'),
          h('textarea', { id: 'live-text', rows: 2, value: text.value, onInput: (e) => (text.value = e.target.value), maxlength: 500 }),
          h('button', { type: 'submit' }, 'Publier'),
          h('p', { class: 'live-feed__charte' }, 'Respectez la charte de modération : pas d’attaques personnelles ni de propos injurieux.'),
        ]),
      ]);
  },
};

createApp(Feed).mount('#live-comments');

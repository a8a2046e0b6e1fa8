// Autorité organisatrice des transports régionaux (réseau « Mobi'Lignes ») — carte-lanceur « Demandez à Léa »,
// fenêtre Vue 3 rendue seulement une fois ouverte (v-if en fonction de rendu).
import { createApp, h, ref, nextTick } from 'vue';

const REP = [
  [/retard|rembours/i, 'En cas de retard de plus de 30 minutes, demandez une compensation dans « Mon espace » sous 60 jours.'],
  [/abonnement|tarif|prix/i, 'L’abonnement mensuel régional coûte 55 € ; il est à moitié prix pour les moins de 26 ans.'],
  [/v[ée]lo/i, 'Les vélos sont acceptés gratuitement à bord des trains régionaux, dans la limite des places.'],
  [/gr[eè]ve|perturb|travaux/i, 'Les perturbations du jour sont affichées dans l’onglet « Info trafic ».'],
];
const App = {
  setup() {
    const open = ref(false);
    const msgs = ref([{ u: false, t: 'Bonjour, je suis Léa ! Horaires, tarifs, retards, vélos à bord : que puis-je faire pour vous ?' }]);
    const q = ref('');
    const log = ref(null);
    const send = async (e) => {
      e.preventDefault(); const t = q.value.trim(); if (!t) return;
      msgs.value.push({ u: true, t }, { u: false, t: (REP.find(([re]) => re.test(t)) || [0, 'Je n’ai pas compris votre demande. Essayez avec d’autres mots, ou contactez le service clients au 00 00 00 00 00.'])[1] });
      q.value = ''; await nextTick(); if (log.value) log.value.scrollTop = log.value.scrollHeight;
    };
    return () => h('div', { class: 'ml-aide' }, [
      open.value ? h('div', { class: 'ml-win', role: 'dialog', 'aria-label': 'Léa' }, [
        h('div', { class: 'ml-head' }, [h('img', { alt: '', src: 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 40 40%22%3E%3Ccircle cx=%2220%22 cy=%2220%22 r=%2220%22 fill=%22%23ffd166%22/%3E%3Ccircle cx=%2220%22 cy=%2216%22 r=%227%22 fill=%22%23264653%22/%3E%3Cpath d=%22M8 34c3-7 21-7 24 0%22 fill=%22%23264653%22/%3E%3C/svg%3E' }), h('div', null, [h('b', null, 'Léa'), h('small', null, 'Votre assistante voyageurs')]), h('button', { type: 'button', 'aria-label': 'Fermer', onClick: () => { open.value = false; } }, '×')]),
        h('div', { class: 'ml-log', ref: log, 'aria-live': 'polite' }, msgs.value.map((m, i) => h('div', { key: i, class: m.u ? 'ml-m ml-u' : 'ml-m' }, m.t))),
        h('form', { onSubmit: send }, [h('input', { value: q.value, onInput: (e) => { q.value = e.target.value; }, 'aria-label': 'Message', placeholder: 'Écrivez à Léa' }), h('button', null, 'Envoyer')]),
      ]) : null,
      h('button', { type: 'button', class: 'ml-card', 'aria-expanded': String(open.value), onClick: () => { open.value = !open.value; } }, [
        h('span', { class: 'ml-dot', 'aria-hidden': 'true' }, 'L'),
        h('span', null, [h('b', null, 'Une question sur votre trajet ?'), h('br'), 'Demandez à Léa']),
      ]),
    ]);
  },
};
const s = document.createElement('style');
s.textContent = `.ml-card{position:fixed;right:20px;bottom:20px;display:flex;gap:10px;align-items:center;text-align:left;background:#264653;color:#fff;border:0;border-radius:12px;padding:10px 16px 10px 10px;font:14px/1.3 'Trebuchet MS',sans-serif;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.3);z-index:20}
.ml-dot{width:38px;height:38px;border-radius:50%;background:#ffd166;color:#264653;font-weight:700;display:flex;align-items:center;justify-content:center}
.ml-win{position:fixed;right:20px;bottom:90px;width:340px;height:420px;background:#fff;border-radius:12px;box-shadow:0 6px 24px rgba(0,0,0,.3);display:flex;flex-direction:column;font:14px/1.45 'Trebuchet MS',sans-serif;z-index:21;overflow:hidden}
.ml-head{display:flex;gap:8px;align-items:center;padding:10px;background:#264653;color:#fff}.ml-head img{width:34px;height:34px}.ml-head small{display:block;opacity:.85}.ml-head button{margin-left:auto;background:none;border:0;color:#fff;font-size:20px;cursor:pointer}
.ml-log{flex:1;overflow:auto;padding:10px}.ml-m{background:#e9f1f3;border-radius:10px;padding:8px 10px;margin:6px 0;max-width:85%}.ml-u{background:#2a9d8f;color:#fff;margin-left:auto}
.ml-win form{display:flex;border-top:1px solid #ddd}.ml-win input{flex:1;border:0;padding:10px;font:inherit}.ml-win form button{background:#2a9d8f;color:#fff;border:0;padding:0 14px}`;
document.head.appendChild(s);
const el = document.createElement('div'); document.body.appendChild(el);
createApp(App).mount(el);

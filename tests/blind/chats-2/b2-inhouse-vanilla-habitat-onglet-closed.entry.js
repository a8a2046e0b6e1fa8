// Office public de l'habitat (social landlord): a vertical tab "Une question ?" on the
// right edge of every page. The panel is written into the page at load but kept hidden;
// the tab is a plain div with a click handler (no button, no ARIA), the input has only a
// placeholder. Answers come from a keyword list the landlord's team maintains.
const ANSWERS = [
  { keys: ['loyer', 'payer', 'prélèvement'], text: 'Vous pouvez payer votre loyer par prélèvement, par carte sur votre espace locataire ou au guichet de votre agence.' },
  { keys: ['panne', 'fuite', 'chauffage', 'ascenseur'], text: 'Pour une panne ou une fuite, appelez le numéro d’urgence affiché dans votre hall, 24 h/24.' },
  { keys: ['mutation', 'échange', 'logement plus grand'], text: 'Une demande de mutation se fait depuis votre espace locataire, rubrique « Ma demande de logement ».' },
];

const tab = document.createElement('div');
tab.className = 'oph-tab';
tab.textContent = 'Une question ?';

const panel = document.createElement('div');
panel.className = 'oph-panel';
panel.hidden = true;
panel.innerHTML = `
  <div class="oph-panel__top">
    <div class="oph-panel__avatar">T</div>
    <div><div class="oph-panel__name">Théo</div><div class="oph-panel__sub">En ligne</div></div>
    <div class="oph-panel__x">✕</div>
  </div>
  <div class="oph-panel__msgs">
    <div class="oph-bubble">Bonjour, je suis Théo, votre assistant virtuel. Je réponds à vos questions sur votre logement, votre loyer et vos démarches de locataire.</div>
  </div>
  <div class="oph-panel__bottom">
    <input class="oph-panel__input" placeholder="Tapez votre message">
    <div class="oph-panel__send">➤</div>
  </div>`;

document.body.append(tab, panel);

const msgs = panel.querySelector('.oph-panel__msgs');
const input = panel.querySelector('.oph-panel__input');
function bubble(text, mine) {
  const d = document.createElement('div');
  d.className = mine ? 'oph-bubble oph-bubble--me' : 'oph-bubble';
  d.textContent = text;
  msgs.appendChild(d);
  msgs.scrollTop = msgs.scrollHeight;
}
function send() {
  const q = input.value.trim();
  if (!q) return;
  bubble(q, true);
  input.value = '';
  const low = q.toLowerCase();
  const hit = ANSWERS.find((a) => a.keys.some((k) => low.includes(k)));
  setTimeout(() => bubble(hit ? hit.text : 'Je n’ai pas compris votre question. Essayez avec d’autres mots, ou contactez votre agence.'), 400);
}
tab.addEventListener('click', () => { panel.hidden = !panel.hidden; tab.classList.toggle('oph-tab--open', !panel.hidden); });
panel.querySelector('.oph-panel__x').addEventListener('click', () => { panel.hidden = true; tab.classList.remove('oph-tab--open'); });
panel.querySelector('.oph-panel__send').addEventListener('click', send);
input.addEventListener('keydown', (e) => { if (e.key === 'Enter') send(); });

const css = document.createElement('style');
css.textContent = `
.oph-tab{position:fixed;right:0;top:45%;transform-origin:100% 100%;transform:rotate(-90deg) translateY(0);background:#e30613;color:#fff;
  padding:10px 18px;font:700 15px Arial,sans-serif;border-radius:6px 6px 0 0;cursor:pointer;z-index:50;white-space:nowrap}
.oph-panel{position:fixed;right:48px;top:20%;width:330px;background:#fff;border:1px solid #bbb;box-shadow:0 4px 16px rgba(0,0,0,.2);z-index:51;font-family:Arial,sans-serif}
.oph-panel[hidden]{display:none}
.oph-panel__top{display:flex;gap:10px;align-items:center;background:#e30613;color:#fff;padding:10px}
.oph-panel__avatar{width:34px;height:34px;border-radius:50%;background:#fff;color:#e30613;display:grid;place-items:center;font-weight:700}
.oph-panel__name{font-weight:700}.oph-panel__sub{font-size:12px}.oph-panel__x{margin-left:auto;cursor:pointer}
.oph-panel__msgs{height:260px;overflow:auto;padding:10px}
.oph-bubble{background:#f1f1f1;border-radius:10px;padding:8px 10px;margin:0 30px 8px 0;font-size:14px}
.oph-bubble--me{background:#e30613;color:#fff;margin:0 0 8px 30px}
.oph-panel__bottom{display:flex;border-top:1px solid #ddd}.oph-panel__input{flex:1;border:0;padding:10px}
.oph-panel__send{padding:10px 14px;color:#e30613;cursor:pointer}`;
document.head.appendChild(css);

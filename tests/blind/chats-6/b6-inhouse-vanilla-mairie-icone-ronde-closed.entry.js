// Ville de Saint-Aubin-sur-Loire — aide en ligne (module du site, bundle maison).
// Bouton rond à icône seule ; la fenêtre n'est construite qu'au premier clic.
const REPONSES = [
  [/carte|identit|passeport/i, 'Pour une carte d’identité ou un passeport, prenez rendez-vous en ligne puis présentez-vous au service état civil avec votre pré-demande.'],
  [/d[ée]chet|encombrant|poubelle/i, 'Les encombrants sont collectés sur rendez-vous le premier mardi du mois. Appelez le 00 00 00 00 00.'],
  [/cantine|scolaire|[ée]cole/i, 'L’inscription à la restauration scolaire se fait sur l’Espace Famille, avant le 15 juillet.'],
];
function repondre(q) {
  for (const [re, r] of REPONSES) if (re.test(q)) return r;
  return 'Je n’ai pas trouvé de réponse. Vous pouvez écrire à l’accueil de la mairie : accueil@saint-aubin.example.';
}
const css = `
.sa-lanceur{position:fixed;right:22px;bottom:22px;width:58px;height:58px;border-radius:50%;border:0;background:#8a1538;color:#fff;box-shadow:0 4px 14px rgba(0,0,0,.25);cursor:pointer;display:flex;align-items:center;justify-content:center;z-index:50}
.sa-lanceur svg{width:28px;height:28px}
.sa-fenetre{position:fixed;right:22px;bottom:92px;width:350px;max-height:70vh;background:#fff;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.25);display:flex;flex-direction:column;overflow:hidden;z-index:51;font:15px/1.45 Arial,sans-serif}
.sa-tete{background:#8a1538;color:#fff;padding:12px 14px;display:flex;justify-content:space-between;align-items:center}
.sa-tete h2{margin:0;font-size:16px}.sa-tete button{background:none;border:0;color:#fff;font-size:20px;cursor:pointer}
.sa-fil{padding:12px;overflow:auto;flex:1;display:flex;flex-direction:column;gap:8px;min-height:220px}
.sa-msg{max-width:85%;padding:8px 11px;border-radius:10px}.sa-msg.bot{background:#f3eef0;align-self:flex-start}.sa-msg.moi{background:#8a1538;color:#fff;align-self:flex-end}
.sa-form{display:flex;border-top:1px solid #ddd}.sa-form input{flex:1;border:0;padding:12px;font:inherit}.sa-form button{border:0;background:#8a1538;color:#fff;padding:0 14px;cursor:pointer}`;
const st = document.createElement('style'); st.textContent = css; document.head.appendChild(st);
const btn = document.createElement('button');
btn.className = 'sa-lanceur'; btn.type = 'button';
btn.setAttribute('aria-label', 'Ouvrir l’aide en ligne'); btn.setAttribute('aria-expanded', 'false');
btn.innerHTML = '<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true"><path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z"/><circle cx="9" cy="12" r=".8" fill="currentColor"/><circle cx="12.5" cy="12" r=".8" fill="currentColor"/><circle cx="16" cy="12" r=".8" fill="currentColor"/></svg>';
document.body.appendChild(btn);
let win = null;
function ajoute(fil, texte, qui) { const d = document.createElement('div'); d.className = `sa-msg ${qui}`; d.textContent = texte; fil.appendChild(d); fil.scrollTop = fil.scrollHeight; }
function construit() {
  win = document.createElement('section');
  win.className = 'sa-fenetre'; win.setAttribute('role', 'dialog'); win.setAttribute('aria-labelledby', 'sa-titre');
  win.innerHTML = '<div class="sa-tete"><h2 id="sa-titre">Aide en ligne de la mairie</h2><button type="button" aria-label="Fermer">×</button></div><div class="sa-fil" aria-live="polite"></div><form class="sa-form"><input name="q" autocomplete="off" placeholder="Écrivez votre question…" aria-label="Votre question"><button>Envoyer</button></form>';
  const fil = win.querySelector('.sa-fil');
  ajoute(fil, 'Bonjour ! Je suis l’assistant numérique de Saint-Aubin. Je suis une intelligence artificielle : mes réponses peuvent comporter des erreurs, vérifiez-les auprès des services de la mairie.', 'bot');
  ajoute(fil, 'Que souhaitez-vous savoir ?', 'bot');
  win.querySelector('.sa-tete button').onclick = () => bascule(false);
  win.querySelector('form').onsubmit = (e) => { e.preventDefault(); const i = e.target.q; const q = i.value.trim(); if (!q) return; ajoute(fil, q, 'moi'); i.value = ''; setTimeout(() => ajoute(fil, repondre(q), 'bot'), 400); };
  document.body.appendChild(win);
}
function bascule(ouvrir) {
  if (ouvrir && !win) construit();
  if (win) win.style.display = ouvrir ? 'flex' : 'none';
  btn.setAttribute('aria-expanded', String(ouvrir));
  if (ouvrir) win.querySelector('input').focus();
}
btn.addEventListener('click', () => bascule(!(win && win.style.display !== 'none')));

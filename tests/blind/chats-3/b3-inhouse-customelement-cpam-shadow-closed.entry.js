// Caisse primaire (fictive) : élément <cp-accompagnement-numerique>, shadow root ouvert.
// Au chargement : une pastille « Besoin d'aide ? » ; le panneau est dans le shadow root, masqué.
const tpl = document.createElement('template');
tpl.innerHTML = `
<style>
  :host { position: fixed; left: 24px; bottom: 24px; z-index: 900; font: 15px/1.45 Arial, sans-serif; }
  .pastille { display: flex; align-items: center; gap: 8px; background: #fff; color: #0c419a; border: 2px solid #0c419a; border-radius: 999px; padding: 8px 16px 8px 8px; cursor: pointer; box-shadow: 0 3px 10px rgba(0,0,0,.15); font: inherit; font-weight: 700; }
  .pastille i { width: 30px; height: 30px; border-radius: 50%; background: #0c419a; display: grid; place-items: center; }
  .volet { position: absolute; left: 0; bottom: 60px; width: 330px; background: #fff; border-radius: 8px; box-shadow: 0 8px 28px rgba(0,0,0,.22); display: none; flex-direction: column; overflow: hidden; }
  .volet.on { display: flex; }
  .volet h2 { margin: 0; font-size: 16px; background: #0c419a; color: #fff; padding: 12px 14px; }
  .mention { margin: 0; font-size: 12px; background: #fff7e0; color: #5a4300; padding: 8px 14px; }
  .fil { padding: 12px 14px; display: flex; flex-direction: column; gap: 8px; min-height: 160px; }
  .fil p { margin: 0; background: #eef3fb; border-radius: 8px; padding: 8px 10px; }
  .fil p.u { background: #0c419a; color: #fff; align-self: flex-end; }
  form { display: flex; gap: 6px; padding: 10px; border-top: 1px solid #e5e5e5; }
  input { flex: 1; padding: 8px; border: 1px solid #999; border-radius: 4px; font: inherit; }
  form button { background: #0c419a; color: #fff; border: 0; border-radius: 4px; padding: 0 12px; }
</style>
<button class="pastille" part="launcher" aria-expanded="false"><i aria-hidden="true"><svg width="18" height="18" viewBox="0 0 24 24"><path fill="#fff" d="M4 4h16v11H8l-4 4z"/></svg></i>Besoin d’aide ?</button>
<div class="volet" role="dialog" aria-hidden="true" aria-label="Assistance">
  <h2>Assistant IA</h2>
  <p class="mention">Les réponses sont produites par une intelligence artificielle et peuvent être inexactes. Ne saisissez pas votre numéro de sécurité sociale.</p>
  <div class="fil" aria-live="polite"><p>Bonjour ! Remboursements, carte Vitale, arrêt de travail : que voulez-vous savoir ?</p></div>
  <form><input aria-label="Votre question" placeholder="Votre question"><button>Envoyer</button></form>
</div>`;
class CpAccompagnementNumerique extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    root.appendChild(tpl.content.cloneNode(true));
    const btn = root.querySelector('.pastille');
    const volet = root.querySelector('.volet');
    btn.addEventListener('click', () => {
      const on = volet.classList.toggle('on');
      volet.setAttribute('aria-hidden', String(!on));
      btn.setAttribute('aria-expanded', String(on));
    });
    root.querySelector('form').addEventListener('submit', (e) => {
      e.preventDefault();
      const i = root.querySelector('input');
      if (!i.value.trim()) return;
      const fil = root.querySelector('.fil');
      const u = document.createElement('p'); u.className = 'u'; u.textContent = i.value; fil.append(u);
      const r = document.createElement('p');
      r.textContent = /vitale/i.test(i.value) ? 'Vous pouvez commander une carte Vitale depuis votre compte, rubrique « Mes démarches ».' : 'Je transmets votre question : un conseiller vous répondra dans votre messagerie sous 48 h.';
      fil.append(r); i.value = '';
    });
  }
}
customElements.define('cp-accompagnement-numerique', CpAccompagnementNumerique);

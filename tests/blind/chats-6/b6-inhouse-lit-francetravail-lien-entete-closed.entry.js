// Site d'un opérateur public de l'emploi (DSFR) — lien « Assistant » dans les outils d'en-tête,
// tiroir Lit 3 rendu seulement à l'ouverture.
import { LitElement, html, css } from 'lit';

const REP = [
  [/actualis/i, 'L’actualisation se fait chaque mois entre le 28 et le 15, depuis votre espace personnel ou l’application.'],
  [/cv|candidature/i, 'Vous pouvez déposer votre CV dans « Mon profil » pour être visible des recruteurs.'],
  [/formation/i, 'Les formations financées sont présentées dans le catalogue ; parlez-en à votre conseiller.'],
];
class EmploiAssistant extends LitElement {
  static properties = { open: { type: Boolean, reflect: true }, msgs: { state: true } };
  static styles = css`
    :host{font-family:Marianne,Arial,sans-serif}
    .voile{position:fixed;inset:0;background:rgba(22,22,22,.45);z-index:90}
    aside{position:fixed;top:0;right:0;bottom:0;width:400px;background:#fff;z-index:91;display:flex;flex-direction:column;box-shadow:-4px 0 20px rgba(0,0,0,.2)}
    header{padding:16px;border-bottom:1px solid #ddd;display:flex;align-items:flex-start;gap:10px}
    h2{margin:0;font-size:20px;color:#000091}.sous{margin:2px 0 0;font-size:13px;color:#666}
    .fermer{margin-left:auto;border:1px solid #000091;background:#fff;color:#000091;padding:4px 10px;cursor:pointer}
    .fil{flex:1;overflow:auto;padding:16px;display:flex;flex-direction:column;gap:8px}
    .m{padding:10px;max-width:85%;background:#eeeef8}.m.u{background:#000091;color:#fff;align-self:flex-end}
    form{display:flex;gap:8px;padding:12px;border-top:1px solid #ddd}
    input{flex:1;padding:8px;border:0;border-bottom:2px solid #3a3a3a;background:#eee;font:inherit}
    form button{background:#000091;color:#fff;border:0;padding:8px 14px;font:inherit;cursor:pointer}`;
  constructor() { super(); this.open = false; this.msgs = []; }
  show() {
    if (!this.msgs.length) this.msgs = [{ u: false, t: 'Bonjour ! Je peux vous aider sur l’actualisation, votre CV ou les formations. Quelle est votre question ?' }];
    this.open = true;
  }
  close() { this.open = false; document.querySelector('[data-assistant-ouvrir]')?.setAttribute('aria-expanded', 'false'); }
  send(e) {
    e.preventDefault();
    const i = this.renderRoot.querySelector('input'); const q = i.value.trim(); if (!q) return;
    const r = (REP.find(([re]) => re.test(q)) || [0, 'Je n’ai pas trouvé de réponse. Contactez votre conseiller par la messagerie de votre espace.'])[1];
    this.msgs = [...this.msgs, { u: true, t: q }, { u: false, t: r }]; i.value = '';
  }
  render() {
    if (!this.open) return html``;
    return html`<div class="voile" @click=${this.close}></div>
      <aside role="dialog" aria-modal="true" aria-labelledby="t">
        <header><div><h2 id="t">Assistant</h2><p class="sous">Assistant IA – en phase de test. Vérifiez les informations importantes dans votre espace.</p></div>
        <button class="fermer" @click=${this.close}>Fermer</button></header>
        <div class="fil" aria-live="polite">${this.msgs.map((m) => html`<div class="m ${m.u ? 'u' : ''}">${m.t}</div>`)}</div>
        <form @submit=${this.send}><input aria-label="Votre message" placeholder="Votre message"><button>Envoyer</button></form>
      </aside>`;
  }
}
customElements.define('emploi-assistant', EmploiAssistant);
const el = document.createElement('emploi-assistant');
document.body.appendChild(el);
document.querySelectorAll('[data-assistant-ouvrir]').forEach((a) => a.addEventListener('click', (e) => { e.preventDefault(); a.setAttribute('aria-expanded', 'true'); el.show(); }));

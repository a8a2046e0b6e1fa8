// Rectorat: <rect-aide-orientation> Lit element added to the page 2 s after load (after the
// consent and analytics scripts, as the site's tag manager does); window rendered on click.
import { LitElement, html, css } from 'lit';

const KB = [
  [/parcoursup|vœu|voeu/i, 'La phase de formulation des vœux Parcoursup se termine mi-mars ; vous pouvez modifier vos vœux jusqu’à début avril.'],
  [/bourse/i, 'Les bourses de lycée se demandent en ligne, via le service « Bourse de lycée » d’EduConnect, entre juin et octobre.'],
  [/bac|examen|convocation/i, 'Les convocations aux épreuves du baccalauréat sont disponibles dans Cyclades quelques semaines avant les épreuves.'],
];

class RectAideOrientation extends LitElement {
  static properties = { open: { type: Boolean }, msgs: { state: true } };
  static styles = css`
    :host{position:fixed;right:22px;bottom:22px;z-index:40;font-family:Marianne,Arial,sans-serif}
    .launcher{display:flex;align-items:center;gap:10px;background:#fff;color:#000091;border:2px solid #000091;border-radius:28px;padding:8px 16px 8px 8px;font:inherit;font-weight:700;cursor:pointer;box-shadow:0 4px 12px rgba(0,0,18,.18)}
    .launcher .ic{width:36px;height:36px;border-radius:50%;background:#000091;color:#fff;display:grid;place-items:center}
    .win{position:absolute;right:0;bottom:0;width:350px;height:470px;background:#fff;border:1px solid #ddd;box-shadow:0 8px 28px rgba(0,0,18,.25);display:flex;flex-direction:column}
    header{background:#000091;color:#fff;padding:12px 14px;display:flex;justify-content:space-between;align-items:flex-start}
    header h2{margin:0;font-size:1rem}
    header p{margin:2px 0 0;font-size:.8rem;opacity:.9}
    header button{background:none;border:0;color:#fff;font-size:1.3rem;cursor:pointer}
    ul{list-style:none;margin:0;padding:12px;flex:1;overflow:auto;display:flex;flex-direction:column;gap:8px}
    li{padding:8px 11px;border-radius:4px;max-width:85%;font-size:.92rem}
    .bot{background:#eeeef8;align-self:flex-start}
    .me{background:#000091;color:#fff;align-self:flex-end}
    form{display:flex;border-top:1px solid #ddd}
    input{flex:1;border:0;padding:12px;font:inherit}
    form button{border:0;background:#000091;color:#fff;padding:0 14px;font:inherit;cursor:pointer}
  `;
  constructor() {
    super();
    this.open = false;
    this.msgs = [
      { bot: true, text: 'Bonjour, je suis Orianne, l’assistante de l’académie. Je suis une intelligence artificielle : mes réponses sont générées automatiquement et ne valent pas décision de l’administration.' },
      { bot: true, text: 'Je réponds sur l’orientation, les examens et les bourses.' },
    ];
  }
  send(e) {
    e.preventDefault();
    const input = this.renderRoot.querySelector('input');
    const q = input.value.trim();
    if (!q) return;
    const hit = KB.find(([re]) => re.test(q));
    this.msgs = [...this.msgs, { bot: false, text: q }, { bot: true, text: hit ? hit[1] : 'Je n’ai pas de réponse. Le service d’information et d’orientation de votre établissement peut vous aider.' }];
    input.value = '';
  }
  render() {
    if (!this.open)
      return html`<button class="launcher" aria-expanded="false" @click=${() => (this.open = true)}><span class="ic" aria-hidden="true">?</span>Une question&nbsp;? Orianne vous répond</button>`;
    return html`<section class="win" role="dialog" aria-label="Orianne, assistante de l’académie">
      <header><div><h2>Orianne</h2><p>Académie de Rouvray · Orientation et examens</p></div><button aria-label="Fermer" @click=${() => (this.open = false)}>×</button></header>
      <ul aria-live="polite">${this.msgs.map((m) => html`<li class=${m.bot ? 'bot' : 'me'}>${m.text}</li>`)}</ul>
      <form @submit=${this.send}><input aria-label="Votre question" placeholder="Votre question"><button>Envoyer</button></form>
    </section>`;
  }
}
customElements.define('rect-aide-orientation', RectAideOrientation);

setTimeout(() => document.body.append(document.createElement('rect-aide-orientation')), 2000);

import { LitElement, html, css } from 'lit';

const REPLIES = [
  [/pass|carte/i, 'Le Pass Région Jeunes s’adresse aux 15-25 ans : il donne 30 € pour la culture et 100 € pour le permis de conduire. La demande se fait en ligne.'],
  [/permis/i, 'L’aide au permis est de 100 € ; elle est versée directement à l’auto-école partenaire.'],
  [/ordinateur|lyc[ée]e/i, 'Chaque élève entrant en seconde peut recevoir un ordinateur portable prêté par la Région.'],
];

class RegionAideBulle extends LitElement {
  static properties = { open: { state: true }, teaser: { state: true }, messages: { state: true } };
  static styles = css`
    :host { position: fixed; right: 24px; bottom: 24px; z-index: 900; font-family: 'Nunito', 'Segoe UI', sans-serif; }
    .fab { width: 62px; height: 62px; border-radius: 50%; border: 0; background: #e2542c; color: #fff; cursor: pointer; box-shadow: 0 6px 18px rgba(0,0,0,.25); display: grid; place-items: center; }
    .fab svg { width: 30px; height: 30px; }
    .teaser { position: absolute; right: 74px; bottom: 8px; width: 250px; background: #fff; color: #222; border-radius: 14px 14px 2px 14px; padding: 12px 30px 12px 14px; box-shadow: 0 4px 16px rgba(0,0,0,.18); font-size: 14px; line-height: 1.4; }
    .teaser button.x { position: absolute; top: 4px; right: 4px; border: 0; background: none; font-size: 16px; cursor: pointer; color: #666; }
    .teaser button.go { display: block; margin-top: 6px; border: 0; background: none; color: #b53a17; font-weight: 700; padding: 0; cursor: pointer; font: inherit; text-decoration: underline; }
    .win { position: absolute; right: 0; bottom: 76px; width: 340px; height: 440px; background: #fff; border-radius: 16px; box-shadow: 0 10px 30px rgba(0,0,0,.25); display: flex; flex-direction: column; overflow: hidden; }
    .head { background: #e2542c; color: #fff; padding: 12px 14px; display: flex; align-items: center; gap: 10px; }
    .head strong { flex: 1; font-size: 16px; }
    .head button { border: 0; background: none; color: #fff; font-size: 20px; cursor: pointer; }
    .log { flex: 1; overflow: auto; padding: 12px; display: flex; flex-direction: column; gap: 8px; background: #fff8f5; }
    .m { max-width: 85%; padding: 8px 11px; border-radius: 12px; font-size: 14px; line-height: 1.4; }
    .b { background: #fff; border: 1px solid #f1c9bb; align-self: flex-start; }
    .u { background: #e2542c; color: #fff; align-self: flex-end; }
    form { display: flex; gap: 6px; padding: 10px; border-top: 1px solid #eee; }
    input { flex: 1; padding: 8px 10px; border: 1px solid #bbb; border-radius: 8px; font: inherit; }
    form button { border: 0; background: #e2542c; color: #fff; border-radius: 8px; padding: 0 12px; cursor: pointer; font: inherit; }
  `;
  constructor() {
    super();
    this.open = false;
    this.teaser = true;
    this.messages = [{ b: true, t: 'Salut ! Pose-moi ta question sur les aides de la Région pour les jeunes : Pass Région, permis, ordinateur au lycée…' }];
  }
  toggle() { this.open = !this.open; this.teaser = false; }
  async send(e) {
    e.preventDefault();
    const input = this.renderRoot.querySelector('input');
    const q = input.value.trim();
    if (!q) return;
    input.value = '';
    this.messages = [...this.messages, { b: false, t: q }];
    const hit = REPLIES.find(([re]) => re.test(q));
    let a = hit?.[1];
    if (!a) {
      try { a = (await (await fetch('http://127.0.0.1:9/lou', { method: 'POST', body: q })).json()).a; }
      catch { a = 'Oups, je n’arrive pas à répondre pour l’instant. Tu peux appeler le 00 00 00 00 00.'; }
    }
    this.messages = [...this.messages, { b: true, t: a }];
  }
  render() {
    return html`
      ${this.teaser ? html`<div class="teaser" role="status">
          <button class="x" aria-label="Masquer le message" @click=${() => { this.teaser = false; }}>×</button>
          Bonjour ! Je suis Lou, une intelligence artificielle. Une question sur le Pass Région ?
          <button class="go" @click=${this.toggle}>Discuter avec Lou</button>
        </div>` : ''}
      ${this.open ? html`<div class="win" role="dialog" aria-label="Discussion avec Lou">
          <div class="head"><strong>Lou</strong><button aria-label="Fermer" @click=${this.toggle}>×</button></div>
          <div class="log" role="log">${this.messages.map((m) => html`<div class="m ${m.b ? 'b' : 'u'}">${m.t}</div>`)}</div>
          <form @submit=${this.send}><input aria-label="Ton message" placeholder="Écris ici…" /><button type="submit">Envoyer</button></form>
        </div>` : ''}
      <button class="fab" aria-label=${this.open ? 'Fermer la discussion avec Lou' : 'Discuter avec Lou'} aria-expanded=${String(this.open)} @click=${this.toggle}>
        <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true"><path d="M12 3C6.5 3 2 6.8 2 11.5c0 2.2 1 4.2 2.7 5.7L4 21l4.3-2.1c1.2.4 2.4.6 3.7.6 5.5 0 10-3.8 10-8.5S17.5 3 12 3z"/></svg>
      </button>`;
  }
}
customElements.define('rg-aide-bulle', RegionAideBulle);
document.body.appendChild(document.createElement('rg-aide-bulle'));

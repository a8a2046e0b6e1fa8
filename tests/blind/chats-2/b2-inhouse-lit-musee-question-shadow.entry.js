// Musée municipal des Beaux-Arts: the museum's own assistant is a Lit custom element,
// <musee-guide>, whose launcher ("Poser une question", with an "Assistant IA" badge) and
// panel live in its open shadow root. The panel is rendered only once opened.
import { LitElement, css, html } from 'lit';

class MuseeGuide extends LitElement {
  static properties = {
    open: { type: Boolean, reflect: true },
    messages: { state: true },
  };

  static styles = css`
    :host { position: fixed; left: 20px; bottom: 20px; z-index: 300; font-family: Georgia, 'Times New Roman', serif; }
    .launcher { display: flex; align-items: center; gap: 10px; background: #111; color: #fff; border: 0; border-radius: 2px;
      padding: 12px 16px; font: inherit; font-size: 16px; cursor: pointer; }
    .badge { font-family: Arial, sans-serif; font-size: 11px; letter-spacing: .04em; text-transform: uppercase; background: #d4af37; color: #111; padding: 3px 6px; }
    .panel { width: 340px; margin-bottom: 10px; background: #fff; border: 1px solid #111; display: flex; flex-direction: column; height: 420px; }
    .panel header { padding: 10px 12px; border-bottom: 1px solid #ddd; font-size: 18px; }
    .panel ul { list-style: none; margin: 0; padding: 12px; flex: 1; overflow: auto; }
    .panel li { margin-bottom: 10px; line-height: 1.4; }
    .panel li.me { text-align: right; font-style: italic; }
    .panel form { display: flex; border-top: 1px solid #ddd; }
    .panel input { flex: 1; border: 0; padding: 12px; font: inherit; }
    .panel button[type='submit'] { border: 0; background: #111; color: #fff; padding: 0 14px; }
  `;

  constructor() {
    super();
    this.open = false;
    this.messages = [
      { me: false, text: 'Bonjour ! Je suis l’assistant du musée : œuvres, expositions, horaires, accessibilité… Que souhaitez-vous savoir ?' },
      { me: false, text: 'Je suis une IA : mes réponses sur les œuvres peuvent être approximatives.' },
    ];
  }

  async _send(e) {
    e.preventDefault();
    const input = this.renderRoot.querySelector('input');
    const q = input.value.trim();
    if (!q) return;
    input.value = '';
    this.messages = [...this.messages, { me: true, text: q }];
    try {
      const r = await fetch('http://127.0.0.1:9/guide', { method: 'POST', body: q });
      this.messages = [...this.messages, { me: false, text: await r.text() }];
    } catch {
      this.messages = [...this.messages, { me: false, text: 'Je ne peux pas répondre pour l’instant. L’accueil du musée est joignable au 03 00 00 00 00.' }];
    }
  }

  render() {
    return html`
      ${this.open
        ? html`<section class="panel" role="dialog" aria-label="Poser une question au musée">
            <header>Vos questions sur le musée</header>
            <ul role="log" aria-live="polite">
              ${this.messages.map((m) => html`<li class=${m.me ? 'me' : ''}>${m.text}</li>`)}
            </ul>
            <form @submit=${this._send}>
              <input aria-label="Votre question" placeholder="Votre question…" />
              <button type="submit">Envoyer</button>
            </form>
          </section>`
        : ''}
      <button class="launcher" type="button" aria-expanded=${String(this.open)} @click=${() => (this.open = !this.open)}>
        <span>Poser une question</span><span class="badge">Assistant IA</span>
      </button>
    `;
  }
}

customElements.define('musee-guide', MuseeGuide);
document.body.appendChild(document.createElement('musee-guide'));

// Réseau des médiathèques (a city's library network): a hand-written custom element,
// <mediatheque-chat>, with an open shadow root holding an icon-only launcher and the
// conversation panel. The panel is in the shadow root from the start, hidden
// (display:none) until the launcher is pressed.
const template = document.createElement('template');
template.innerHTML = `
  <style>
    :host { all: initial; position: fixed; right: 18px; bottom: 18px; z-index: 99999; font-family: Tahoma, Verdana, sans-serif; }
    .fab { width: 58px; height: 58px; border-radius: 50%; border: 3px solid #fff; background: #c2185b; color: #fff; cursor: pointer;
      box-shadow: 0 2px 10px rgba(0,0,0,.35); display: grid; place-items: center; }
    .panel { display: none; position: absolute; right: 0; bottom: 72px; width: 330px; background: #fff; border-radius: 8px;
      box-shadow: 0 6px 24px rgba(0,0,0,.3); overflow: hidden; }
    :host([open]) .panel { display: block; }
    .top { background: #c2185b; color: #fff; padding: 12px 14px; }
    .top b { display: block; font-size: 15px; }
    .top small { font-size: 11px; opacity: .9; }
    .msgs { height: 250px; overflow: auto; padding: 10px; font-size: 13px; }
    .msgs div { background: #fbe9f0; border-radius: 8px; padding: 8px; margin-bottom: 8px; }
    .msgs div.me { background: #c2185b; color: #fff; margin-left: 40px; }
    .bar { display: flex; border-top: 1px solid #eee; }
    .bar input { flex: 1; border: 0; padding: 12px; font: inherit; font-size: 13px; }
    .bar button { border: 0; background: none; color: #c2185b; font-weight: bold; padding: 0 12px; cursor: pointer; }
  </style>
  <div class="panel" part="panel">
    <div class="top"><b>Médiathèques – questions en ligne</b><small>Réponses générées automatiquement par une intelligence artificielle</small></div>
    <div class="msgs">
      <div>Bonjour ! Je peux vous aider à trouver un document, prolonger un prêt ou connaître les horaires de votre médiathèque.</div>
    </div>
    <div class="bar"><input type="text" placeholder="Écrire ici…"><button type="button">OK</button></div>
  </div>
  <button class="fab" type="button" aria-label="Médiathèques : poser une question">
    <svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M4 3h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H9l-5 4V4a1 1 0 0 1 1-1z"/></svg>
  </button>`;

class MediathequeChat extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.appendChild(template.content.cloneNode(true));
    this.msgs = root.querySelector('.msgs');
    this.input = root.querySelector('input');
    root.querySelector('.fab').addEventListener('click', () => this.toggleAttribute('open'));
    root.querySelector('.bar button').addEventListener('click', () => this.send());
    this.input.addEventListener('keydown', (e) => e.key === 'Enter' && this.send());
  }

  line(text, me) {
    const d = document.createElement('div');
    if (me) d.className = 'me';
    d.textContent = text;
    this.msgs.appendChild(d);
    this.msgs.scrollTop = this.msgs.scrollHeight;
  }

  async send() {
    const q = this.input.value.trim();
    if (!q) return;
    this.input.value = '';
    this.line(q, true);
    try {
      const r = await fetch('http://127.0.0.1:9/mediatheques/chat?q=' + encodeURIComponent(q));
      this.line(await r.text());
    } catch {
      this.line('Service indisponible. Contactez votre médiathèque par téléphone.');
    }
  }
}

customElements.define('mediatheque-chat', MediathequeChat);
document.body.appendChild(document.createElement('mediatheque-chat'));

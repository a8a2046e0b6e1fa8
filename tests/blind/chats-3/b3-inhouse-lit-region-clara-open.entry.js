import { LitElement, html, css } from 'lit';

// Région (fictive) : composant Lit <rg-compagnon>, fenêtre ouverte au chargement, dans son shadow root.
class RgCompagnon extends LitElement {
  static properties = { open: { type: Boolean, reflect: true }, msgs: { state: true } };
  static styles = css`
    :host { position: fixed; right: 20px; bottom: 20px; z-index: 50; font-family: 'Trebuchet MS', Arial, sans-serif; }
    .win { width: 340px; background: #fff; border-radius: 18px; box-shadow: 0 10px 30px rgba(40, 0, 80, .25); overflow: hidden; display: flex; flex-direction: column; }
    .top { background: linear-gradient(120deg, #5b2a86, #c2185b); color: #fff; padding: 14px 16px; display: flex; gap: 10px; align-items: center; }
    .pic { width: 40px; height: 40px; border-radius: 50%; background: #ffd54f; display: grid; place-items: center; font-weight: 700; color: #5b2a86; }
    .who b { display: block; font-size: 17px; }
    .who span { font-size: 12px; opacity: .95; }
    .top button { margin-left: auto; background: none; border: 0; color: #fff; font-size: 22px; cursor: pointer; }
    .log { padding: 14px; display: flex; flex-direction: column; gap: 8px; max-height: 300px; overflow: auto; background: #faf7fc; }
    .b { max-width: 85%; padding: 9px 12px; border-radius: 14px; font-size: 14px; line-height: 1.4; }
    .b.c { background: #ede3f5; align-self: flex-start; border-bottom-left-radius: 4px; }
    .b.u { background: #5b2a86; color: #fff; align-self: flex-end; border-bottom-right-radius: 4px; }
    .chips { display: flex; flex-wrap: wrap; gap: 6px; padding: 0 14px 10px; background: #faf7fc; }
    .chips button { border: 1px solid #5b2a86; background: #fff; color: #5b2a86; border-radius: 14px; padding: 4px 10px; font-size: 12px; cursor: pointer; }
    form { display: flex; border-top: 1px solid #eee; }
    input { flex: 1; border: 0; padding: 12px; font: inherit; font-size: 14px; }
    form button { border: 0; background: #c2185b; color: #fff; padding: 0 16px; cursor: pointer; }
    .mini { width: 60px; height: 60px; border-radius: 50%; background: #5b2a86; color: #fff; border: 0; font-size: 26px; cursor: pointer; box-shadow: 0 6px 18px rgba(0,0,0,.25); }
  `;
  constructor() {
    super();
    this.open = true;
    this.msgs = [
      { c: true, t: 'Bonjour ! Je suis Clara. Je vous oriente dans les aides de la Région : transport scolaire, Pass’Lycée, bourses de formation sanitaire et sociale.' },
    ];
  }
  ask(t) {
    if (!t) return;
    const r = /transport|car|bus/i.test(t)
      ? 'L’inscription au transport scolaire ouvre le 1er juin sur le portail Mobilités. Le tarif dépend du quotient familial.'
      : /lyc|pass/i.test(t)
        ? 'Le Pass’Lycée est crédité automatiquement à l’inscription de l’élève dans un lycée de la région.'
        : 'Je n’ai pas d’information sur ce sujet. Vous pouvez écrire au service Relations usagers.';
    this.msgs = [...this.msgs, { c: false, t }, { c: true, t: r }];
  }
  submit(e) {
    e.preventDefault();
    const i = this.renderRoot.querySelector('input');
    this.ask(i.value.trim());
    i.value = '';
  }
  render() {
    if (!this.open) return html`<button class="mini" aria-label="Ouvrir Clara" @click=${() => (this.open = true)}>✦</button>`;
    return html`<section class="win" aria-label="Clara">
      <div class="top"><span class="pic" aria-hidden="true">C</span>
        <span class="who"><b>Clara</b><span>Assistant IA de la Région</span></span>
        <button aria-label="Réduire" @click=${() => (this.open = false)}>⌄</button></div>
      <div class="log" role="log">${this.msgs.map((m) => html`<p class="b ${m.c ? 'c' : 'u'}">${m.t}</p>`)}</div>
      <div class="chips">${['Transport scolaire', 'Pass’Lycée', 'Bourses'].map((s) => html`<button @click=${() => this.ask(s)}>${s}</button>`)}</div>
      <form @submit=${this.submit}><input placeholder="Posez votre question à Clara" aria-label="Question"><button>Envoyer</button></form>
    </section>`;
  }
}
customElements.define('rg-compagnon', RgCompagnon);

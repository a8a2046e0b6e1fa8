// Town social-action centre (CCAS): <ccas-assistant>, a Lit element whose window is open on arrival
// and can be reduced to a button.
import { LitElement, html, css } from 'lit';

const AIDES = [
  [/épicerie|epicerie|alimentaire|colis/i, 'L’épicerie sociale est ouverte le mardi et le jeudi après-midi, sur orientation d’un travailleur social du CCAS.'],
  [/domicilia|adresse/i, 'La domiciliation permet de recevoir votre courrier au CCAS si vous n’avez pas d’adresse stable. Elle se demande à l’accueil, avec une pièce d’identité.'],
  [/énergie|energie|facture|électricité|electricite/i, 'Une aide ponctuelle peut être accordée pour une facture d’énergie, après étude de votre situation par la commission permanente du CCAS.'],
  [/senior|âgé|age|portage|repas/i, 'Le portage de repas à domicile est proposé aux personnes de plus de 65 ans ou en situation de handicap. Tarif selon les ressources.'],
];

class CcasAssistant extends LitElement {
  static properties = {
    ouvert: { type: Boolean, reflect: true },
    messages: { state: true },
  };

  static styles = css`
    :host { position: fixed; right: 20px; bottom: 20px; z-index: 200; font-family: "Nunito", Arial, sans-serif; }
    .fen { width: 360px; height: 520px; background: #fff; border-radius: 16px; box-shadow: 0 12px 32px rgba(0,0,0,.25); display: flex; flex-direction: column; overflow: hidden; }
    header { background: #c2185b; color: #fff; padding: 12px 14px; display: flex; gap: 10px; align-items: center; }
    header .t { flex: 1; }
    header strong { display: block; font-size: 16px; }
    header small { font-size: 12px; opacity: .92; }
    header button { background: rgba(255,255,255,.2); border: 0; color: #fff; border-radius: 50%; width: 30px; height: 30px; cursor: pointer; font-size: 16px; }
    .avis { margin: 0; padding: 8px 14px; background: #fce4ec; color: #6a0f35; font-size: 12px; }
    .fil { flex: 1; overflow-y: auto; padding: 12px; background: #fffafc; }
    .m { margin: 0 0 8px; padding: 8px 11px; border-radius: 12px; background: #f3f3f3; font-size: 14px; line-height: 1.45; max-width: 86%; }
    .m.moi { margin-left: auto; background: #c2185b; color: #fff; }
    form { display: flex; border-top: 1px solid #eee; }
    input { flex: 1; border: 0; padding: 13px; font: inherit; }
    form button { border: 0; background: #c2185b; color: #fff; padding: 0 16px; cursor: pointer; font: 700 14px inherit; }
    .reduit { display: flex; align-items: center; gap: 8px; background: #c2185b; color: #fff; border: 0; border-radius: 24px; padding: 12px 18px; font: 700 15px "Nunito", Arial, sans-serif; cursor: pointer; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
  `;

  constructor() {
    super();
    this.ouvert = true;
    this.messages = [{ moi: false, t: 'Bonjour ! Aides sociales, épicerie solidaire, domiciliation, services aux seniors : posez votre question.' }];
  }

  envoyer(e) {
    e.preventDefault();
    const champ = this.renderRoot.querySelector('input');
    const q = champ.value.trim();
    if (!q) return;
    champ.value = '';
    this.messages = [...this.messages, { moi: true, t: q }];
    const r = AIDES.find(([re]) => re.test(q));
    setTimeout(() => {
      this.messages = [...this.messages, { moi: false, t: r ? r[1] : 'Je n’ai pas de réponse à cette question. L’accueil du CCAS vous reçoit sans rendez-vous le matin.' }];
    }, 500);
  }

  updated() {
    const fil = this.renderRoot.querySelector('.fil');
    if (fil) fil.scrollTop = fil.scrollHeight;
  }

  render() {
    if (!this.ouvert) {
      return html`<button class="reduit" @click=${() => { this.ouvert = true; }} aria-label="Rouvrir l’assistant numérique du CCAS">💬 Assistant du CCAS</button>`;
    }
    return html`
      <section class="fen" role="dialog" aria-labelledby="t">
        <header>
          <div class="t"><strong id="t">Assistant numérique du CCAS</strong><small>Centre communal d’action sociale de Lussan-la-Forêt</small></div>
          <button @click=${() => { this.ouvert = false; }} aria-label="Réduire">–</button>
        </header>
        <p class="avis">Réponses produites par une intelligence artificielle. Elles ne valent pas décision : seule la commission du CCAS attribue les aides.</p>
        <div class="fil" role="log" aria-live="polite">${this.messages.map((m) => html`<p class="m ${m.moi ? 'moi' : ''}">${m.t}</p>`)}</div>
        <form @submit=${this.envoyer}><input type="text" aria-label="Votre question" placeholder="Votre question"><button type="submit">Envoyer</button></form>
      </section>`;
  }
}

customElements.define('ccas-assistant', CcasAssistant);

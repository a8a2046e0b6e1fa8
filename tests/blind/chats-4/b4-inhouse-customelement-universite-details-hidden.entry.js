// University student-records office: <scol-assistant>, a hand-written custom element with an open shadow
// root. The launcher is the <summary> of a closed <details>; the conversation panel is the rest of the
// <details>, in the DOM from the start but not rendered until the summary is clicked.
const CSS = `
  :host { position: fixed; right: 22px; bottom: 22px; z-index: 100; font-family: "Source Sans Pro", Arial, sans-serif; }
  details { position: relative; }
  summary { list-style: none; cursor: pointer; display: flex; align-items: center; gap: 8px; background: #2e3a87; color: #fff; border-radius: 26px; padding: 12px 20px; font-weight: 600; font-size: 15px; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
  summary::-webkit-details-marker { display: none; }
  summary:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
  details[open] summary { background: #1c2566; }
  .panneau { position: absolute; right: 0; bottom: calc(100% + 12px); width: 360px; height: 480px; background: #fff; border-radius: 10px; box-shadow: 0 10px 30px rgba(0,0,0,.3); display: flex; flex-direction: column; overflow: hidden; }
  .tete { background: #2e3a87; color: #fff; padding: 12px 16px; }
  .tete strong { display: block; font-size: 16px; }
  .tete small { font-size: 12px; opacity: .9; }
  .info { margin: 0; padding: 8px 14px; background: #fff8e1; font-size: 12px; color: #5d4400; }
  .fil { flex: 1; overflow-y: auto; padding: 12px; background: #f5f6fb; }
  .m { margin: 0 0 8px; padding: 8px 11px; border-radius: 10px; background: #fff; border: 1px solid #dfe2f0; max-width: 86%; font-size: 14px; line-height: 1.45; }
  .m.moi { margin-left: auto; background: #2e3a87; color: #fff; border-color: #2e3a87; }
  form { display: flex; border-top: 1px solid #e3e3e3; }
  input { flex: 1; border: 0; padding: 13px; font: inherit; }
  button { border: 0; background: #2e3a87; color: #fff; padding: 0 16px; cursor: pointer; font: inherit; }
`;

const BASE = [
  [/inscri|réinscri|reinscri/i, 'Les réinscriptions administratives se font en ligne du 5 juillet au 30 septembre, après paiement de la CVEC.'],
  [/certificat|attestation/i, 'Votre certificat de scolarité est téléchargeable dans l’ENT, rubrique « Mon dossier », dès que votre inscription est validée.'],
  [/note|relevé|releve|diplôme|diplome/i, 'Les relevés de notes sont publiés dans l’ENT à l’issue des jurys. Le diplôme est délivré sur demande, environ six mois après.'],
  [/bourse|crous/i, 'Les bourses relèvent du Crous. Le service de scolarité transmet seulement votre attestation d’inscription.'],
];

class ScolAssistant extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <style>${CSS}</style>
      <details>
        <summary aria-label="Ouvrir l’aide à la scolarité">
          <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true"><path fill="#f5a623" d="M12 3 1 8l11 5 9-4.1V15h2V8z"/><path fill="#fff" d="M5 12.2V16c0 1.7 3.1 3 7 3s7-1.3 7-3v-3.8l-7 3.2z"/></svg>
          Scolarité : une question ?
        </summary>
        <section class="panneau" role="dialog" aria-label="Aide à la scolarité">
          <div class="tete"><strong>Aide à la scolarité</strong><small>Service de la scolarité centrale</small></div>
          <p class="info">Vous échangez avec un assistant d’intelligence artificielle. Pour une situation particulière, écrivez à la scolarité de votre composante.</p>
          <div class="fil" role="log" aria-live="polite"><p class="m">Bonjour ! Inscriptions, certificats, relevés de notes : je vous oriente.</p></div>
          <form><input type="text" aria-label="Votre question" placeholder="Posez votre question"><button type="submit">Envoyer</button></form>
        </section>
      </details>`;
    const fil = root.querySelector('.fil');
    const input = root.querySelector('input');
    const dire = (t, moi) => {
      const p = document.createElement('p');
      p.className = moi ? 'm moi' : 'm';
      p.textContent = t;
      fil.appendChild(p);
      fil.scrollTop = fil.scrollHeight;
    };
    root.querySelector('form').addEventListener('submit', (e) => {
      e.preventDefault();
      const q = input.value.trim();
      if (!q) return;
      dire(q, true);
      input.value = '';
      const r = BASE.find(([re]) => re.test(q));
      setTimeout(() => dire(r ? r[1] : 'Je n’ai pas trouvé. Consultez la FAQ de la scolarité ou écrivez à votre composante.'), 500);
    });
    root.querySelector('details').addEventListener('toggle', (e) => { if (e.target.open) input.focus(); });
  }
}

customElements.define('scol-assistant', ScolAssistant);

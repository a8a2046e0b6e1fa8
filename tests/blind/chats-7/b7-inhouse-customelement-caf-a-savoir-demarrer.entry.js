// Caf: <caf-guide-droits> custom element with an open shadow root, placed in the content.
// It first shows an "À savoir" notice and a "Démarrer" button; the conversation starts on click.
const CSS = `
:host{display:block;font-family:Arial,Helvetica,sans-serif;color:#1d1d1b}
.box{border:1px solid #b8c7d9;border-radius:10px;background:#f4f8fc;padding:20px}
h3{margin:0 0 10px;font-size:1.15rem;color:#003a70}
.notice{background:#fff;border-left:4px solid #0071b9;padding:12px 14px;margin:0 0 14px}
.notice strong{display:block;margin-bottom:4px}
.notice ul{margin:6px 0 0 18px;padding:0}
button{font:inherit;cursor:pointer;border:0;border-radius:6px;background:#0071b9;color:#fff;padding:10px 18px}
.log{list-style:none;margin:0 0 12px;padding:0;max-height:300px;overflow:auto;display:flex;flex-direction:column;gap:8px}
.log li{padding:9px 12px;border-radius:10px;max-width:85%}
.bot{background:#fff;border:1px solid #d5e0ec;align-self:flex-start}
.me{background:#003a70;color:#fff;align-self:flex-end}
form{display:flex;gap:8px}
input{flex:1;font:inherit;padding:9px;border:1px solid #8aa1b8;border-radius:6px}
`;
const KB = [
  [/apl|logement|aide au logement/i, "L'aide au logement dépend de vos ressources, de votre loyer et de votre situation familiale. Une simulation est possible dans la rubrique « Mes services en ligne »."],
  [/prime|activit/i, "La prime d'activité se demande en ligne. Elle est versée chaque mois et se renouvelle par une déclaration trimestrielle."],
  [/rsa/i, 'Le RSA se demande en ligne ; le montant dépend des ressources de votre foyer sur les trois derniers mois.'],
];
class CafGuideDroits extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>${CSS}</style><div class="box"><h3>Simulateur de droits : posez votre question</h3><div class="step"></div></div>`;
    this.step = root.querySelector('.step');
    this.notice();
  }
  notice() {
    this.step.innerHTML = `<div class="notice" role="note"><strong>À savoir</strong>
      Ce service vous donne des informations générales. Il ne remplace pas l'étude de votre dossier par la Caf.
      <ul><li>N'indiquez pas votre numéro d'allocataire ni votre mot de passe.</li><li>La conversation n'est pas conservée après la fermeture de la page.</li></ul></div>
      <button type="button" class="start">Démarrer</button>`;
    this.step.querySelector('.start').addEventListener('click', () => this.chat());
  }
  chat() {
    this.step.innerHTML = `<ul class="log" aria-live="polite"></ul>
      <form><label hidden for="q">Votre question</label><input id="q" placeholder="Ex. : ai-je droit à la prime d'activité ?" autocomplete="off"><button type="submit">Envoyer</button></form>`;
    const log = this.step.querySelector('.log');
    const add = (cls, text) => { const li = document.createElement('li'); li.className = cls; li.textContent = text; log.append(li); log.scrollTop = log.scrollHeight; };
    add('bot', "Bonjour ! Je suis un assistant conversationnel reposant sur une intelligence artificielle. Mes réponses sont produites automatiquement et peuvent comporter des erreurs.");
    add('bot', 'Quelle aide vous intéresse : logement, prime d’activité, RSA ?');
    const input = this.step.querySelector('input');
    this.step.querySelector('form').addEventListener('submit', (e) => {
      e.preventDefault();
      const q = input.value.trim();
      if (!q) return;
      add('me', q);
      const hit = KB.find(([re]) => re.test(q));
      add('bot', hit ? hit[1] : 'Je ne sais pas répondre à cette question. Vous pouvez contacter votre Caf depuis votre espace Mon Compte.');
      input.value = '';
    });
    input.focus();
  }
}
customElements.define('caf-guide-droits', CafGuideDroits);

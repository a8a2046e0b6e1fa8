const CSS = `
:host { display: block; font-family: 'Source Sans Pro', Arial, sans-serif; }
.box { border: 1px solid #c9c2e8; border-radius: 10px; background: #fff; overflow: hidden; max-width: 720px; }
.top { background: #3b2a86; color: #fff; padding: 12px 16px; font-weight: 700; font-size: 17px; }
.intro { padding: 18px 20px; }
.intro h3 { margin: 0 0 8px; font-size: 18px; color: #3b2a86; }
.intro p { margin: 0 0 10px; line-height: 1.5; }
.intro label { display: flex; gap: 8px; align-items: flex-start; margin: 12px 0; }
.btn { background: #3b2a86; color: #fff; border: 0; border-radius: 6px; padding: 9px 16px; font: inherit; cursor: pointer; }
.btn[disabled] { opacity: .5; cursor: not-allowed; }
.log { height: 260px; overflow: auto; padding: 14px; background: #f6f4fc; display: flex; flex-direction: column; gap: 8px; }
.m { max-width: 80%; padding: 8px 12px; border-radius: 10px; line-height: 1.4; }
.b { background: #fff; border: 1px solid #ddd6f3; align-self: flex-start; }
.u { background: #3b2a86; color: #fff; align-self: flex-end; }
form { display: flex; gap: 8px; padding: 10px; border-top: 1px solid #e6e1f5; }
input[type=text] { flex: 1; padding: 8px 10px; border: 1px solid #aaa; border-radius: 6px; font: inherit; }
`;

const FAQ = [
  [/inscri|r[ée]inscri/i, 'Les réinscriptions ouvrent le 3 juillet dans l’ENT, rubrique « Scolarité > Mon inscription ». Il faut avoir payé la CVEC avant.'],
  [/cvec/i, 'La CVEC (103 €) se paie sur le site du Crous ; gardez l’attestation, elle est demandée à l’inscription.'],
  [/bours/i, 'Les bourses sur critères sociaux sont gérées par le Crous : dossier social étudiant à déposer avant le 31 mai.'],
  [/attestation|certificat/i, 'Votre certificat de scolarité est téléchargeable dans l’ENT dès que l’inscription est validée.'],
];

class ScolAssistant extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>${CSS}</style>
      <div class="box">
        <div class="top">Assistant de la scolarité</div>
        <div class="intro" part="intro">
          <h3>Avant de commencer…</h3>
          <p>Cet assistant fonctionne grâce à une intelligence artificielle : ses réponses sont produites automatiquement et peuvent contenir des erreurs. Elles ne remplacent pas les décisions du service de la scolarité.</p>
          <p>N’indiquez pas votre numéro étudiant ni d’informations de santé. Les échanges sont conservés 30 jours pour améliorer le service.</p>
          <label><input type="checkbox" id="ok"> J’ai compris ces conditions</label>
          <button class="btn" id="start" disabled>Commencer</button>
        </div>
      </div>`;
    const ok = root.getElementById('ok');
    const start = root.getElementById('start');
    ok.addEventListener('change', () => { start.disabled = !ok.checked; });
    start.addEventListener('click', () => this.chat(root));
  }
  chat(root) {
    const intro = root.querySelector('.intro');
    const log = document.createElement('div');
    log.className = 'log';
    log.setAttribute('role', 'log');
    const form = document.createElement('form');
    form.innerHTML = '<input type="text" aria-label="Votre question" placeholder="Posez votre question sur votre inscription…"><button class="btn" type="submit">Envoyer</button>';
    intro.replaceWith(log, form);
    const add = (t, cls) => { const d = document.createElement('div'); d.className = `m ${cls}`; d.textContent = t; log.append(d); log.scrollTop = log.scrollHeight; };
    add('Bonjour ! Que souhaitez-vous savoir sur votre inscription ?', 'b');
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const input = form.querySelector('input');
      const q = input.value.trim();
      if (!q) return;
      input.value = '';
      add(q, 'u');
      const hit = FAQ.find(([re]) => re.test(q));
      if (hit) return add(hit[1], 'b');
      try { add((await (await fetch('http://127.0.0.1:9/scol/ask', { method: 'POST', body: q })).json()).answer, 'b'); }
      catch { add('Désolé, le service ne répond pas. Écrivez à la scolarité depuis l’ENT (rubrique « Contacts »).', 'b'); }
    });
  }
}
customElements.define('scol-assistant', ScolAssistant);

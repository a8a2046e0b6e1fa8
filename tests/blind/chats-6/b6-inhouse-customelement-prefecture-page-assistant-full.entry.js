// Préfecture (DSFR) — page entière « Assistant des démarches », élément personnalisé <pref-assistant>
// écrit à la main, racine fantôme ouverte.
const REP = [
  [/titre de s[ée]jour|s[ée]jour/i, 'Les demandes de titre de séjour se font sur l’administration numérique pour les étrangers en France (ANEF). Préparez votre justificatif de domicile de moins de 6 mois.'],
  [/permis|immatricul|carte grise/i, 'Le permis de conduire et le certificat d’immatriculation se demandent en ligne sur le site de l’ANTS ; la préfecture ne reçoit plus de public pour ces titres.'],
  [/naturalis/i, 'La demande de naturalisation se dépose en ligne. Le délai de traitement est de 12 à 18 mois.'],
];
class PrefAssistant extends HTMLElement {
  constructor() {
    super();
    const r = this.attachShadow({ mode: 'open' });
    r.innerHTML = `<style>
      :host{display:block;font-family:Marianne,Arial,sans-serif;border:1px solid #ddd;background:#f6f6f6}
      .fil{height:380px;overflow:auto;padding:20px;display:flex;flex-direction:column;gap:12px}
      .m{background:#fff;border-left:4px solid #000091;padding:12px 14px;max-width:80%;line-height:1.5}
      .m.u{align-self:flex-end;border-left:0;border-right:4px solid #6a6af4;background:#e3e3fd}
      .qui{display:block;font-size:12px;font-weight:700;color:#000091;margin-bottom:4px}
      .sugg{display:flex;gap:8px;flex-wrap:wrap;padding:0 20px 12px}.sugg button{border:1px solid #000091;background:#fff;color:#000091;border-radius:16px;padding:4px 12px;font:inherit;font-size:14px;cursor:pointer}
      form{display:flex;gap:8px;padding:14px 20px;background:#fff;border-top:1px solid #ddd}
      textarea{flex:1;font:inherit;padding:8px;background:#eee;border:0;border-bottom:2px solid #3a3a3a;resize:vertical}
      form button{background:#000091;color:#fff;border:0;padding:8px 18px;font:inherit;cursor:pointer}
    </style>
    <div class="fil" aria-live="polite"></div>
    <div class="sugg"><button type="button">Titre de séjour</button><button type="button">Carte grise</button><button type="button">Naturalisation</button></div>
    <form><label for="q" style="position:absolute;left:-9999px">Votre question</label><textarea id="q" rows="2" placeholder="Décrivez votre démarche"></textarea><button>Envoyer</button></form>`;
    this.fil = r.querySelector('.fil');
    this.add('Bonjour, je suis l’assistant des démarches de la préfecture, un outil d’intelligence artificielle. Je vous explique les démarches et vous oriente vers le bon téléservice ; je ne traite pas votre dossier.', false);
    r.querySelector('form').addEventListener('submit', (e) => { e.preventDefault(); const t = r.querySelector('textarea'); this.ask(t.value); t.value = ''; });
    r.querySelector('textarea').addEventListener('keydown', (e) => { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); r.querySelector('form').requestSubmit(); } });
    r.querySelectorAll('.sugg button').forEach((b) => b.addEventListener('click', () => this.ask(b.textContent)));
  }
  add(t, u) {
    const d = document.createElement('div'); d.className = `m${u ? ' u' : ''}`;
    const q = document.createElement('span'); q.className = 'qui'; q.textContent = u ? 'Vous' : 'Assistant de la préfecture';
    d.append(q, t); this.fil.appendChild(d); this.fil.scrollTop = this.fil.scrollHeight;
  }
  ask(q) {
    q = q.trim(); if (!q) return;
    this.add(q, true);
    const r = (REP.find(([re]) => re.test(q)) || [0, 'Je n’ai pas trouvé cette démarche. Consultez la rubrique « Démarches administratives » du site.'])[1];
    setTimeout(() => this.add(r, false), 300);
  }
}
customElements.define('pref-assistant', PrefAssistant);

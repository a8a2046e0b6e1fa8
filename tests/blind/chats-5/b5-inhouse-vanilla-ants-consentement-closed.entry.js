// Assistant des titres : bouton fixe, fenêtre construite au premier clic, étape d'information avant la conversation.
(function () {
  const KB = [
    [/passeport/i, 'Pour un passeport, faites une pré-demande en ligne puis prenez rendez-vous dans une mairie équipée d’un dispositif de recueil.'],
    [/carte d.identit|cni/i, 'La carte d’identité est gratuite, sauf en cas de perte ou de vol (timbre fiscal de 25 €).'],
    [/permis/i, 'Le permis de conduire se demande entièrement en ligne, sans passer par la préfecture.'],
    [/carte grise|immatricul/i, 'Pour un changement de titulaire, il faut le code de cession remis par le vendeur.'],
  ];
  let dialog = null;
  const launcher = document.getElementById('assistant-titres-btn');

  function build() {
    dialog = document.createElement('div');
    dialog.className = 'at-dialog';
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'false');
    dialog.setAttribute('aria-labelledby', 'at-title');
    dialog.innerHTML = `
      <div class="at-head"><h2 id="at-title">Assistant en ligne</h2><button type="button" class="at-close fr-btn--close" aria-label="Fermer">Fermer ✕</button></div>
      <div class="at-body">
        <div class="at-step">
          <p class="at-step-title">Avant de commencer</p>
          <p>Vous allez échanger avec une intelligence artificielle. Ses réponses sont générées automatiquement à partir des pages d’aide du site ; elles peuvent être incomplètes.</p>
          <p>Ne communiquez pas votre numéro de demande ni de données personnelles.</p>
          <button type="button" class="fr-btn at-accept">J’ai compris</button>
        </div>
      </div>`;
    document.body.appendChild(dialog);
    dialog.querySelector('.at-close').addEventListener('click', close);
    dialog.querySelector('.at-accept').addEventListener('click', startChat);
  }

  function startChat() {
    const body = dialog.querySelector('.at-body');
    body.innerHTML = `<div class="at-log" role="log" aria-live="polite"></div>
      <form class="at-form"><label for="at-q" class="fr-label">Votre question</label>
      <div class="at-row"><input id="at-q" class="fr-input" autocomplete="off"><button class="fr-btn" type="submit">Envoyer</button></div></form>`;
    const log = body.querySelector('.at-log');
    const add = (t, who) => { const p = document.createElement('p'); p.className = `at-msg at-${who}`; p.textContent = t; log.appendChild(p); log.scrollTop = log.scrollHeight; };
    add('Bonjour, sur quel titre porte votre question : carte d’identité, passeport, permis de conduire ou certificat d’immatriculation ?', 'bot');
    body.querySelector('form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const input = body.querySelector('#at-q');
      const q = input.value.trim();
      if (!q) return;
      input.value = '';
      add(q, 'user');
      const hit = KB.find(([re]) => re.test(q));
      if (hit) return add(hit[1], 'bot');
      try {
        const r = await fetch('http://127.0.0.1:9/assistant/question', { method: 'POST', body: JSON.stringify({ q }) });
        add((await r.json()).reponse, 'bot');
      } catch {
        add('Le service ne répond pas pour le moment. Consultez la foire aux questions ou contactez le centre de contact.', 'bot');
      }
    });
    body.querySelector('#at-q').focus();
  }

  function open() { if (!dialog) build(); dialog.hidden = false; launcher.setAttribute('aria-expanded', 'true'); }
  function close() { dialog.hidden = true; launcher.setAttribute('aria-expanded', 'false'); launcher.focus(); }
  launcher.addEventListener('click', () => (dialog && !dialog.hidden ? close() : open()));
})();

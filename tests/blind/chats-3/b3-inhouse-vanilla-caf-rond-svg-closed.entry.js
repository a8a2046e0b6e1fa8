// Caisse d'allocations familiales (fictive) : bouton rond flottant, icône seule.
// Le panneau de conversation n'est construit qu'au premier clic.
const ANSWERS = [
  [/prime|activit/i, 'La prime d’activité se demande en ligne depuis votre espace Mon Compte. Elle est calculée sur vos ressources des trois derniers mois.'],
  [/apl|logement|loyer/i, 'Pour une aide au logement, faites une simulation puis une demande en ligne. Votre bailleur doit être identifié avec son numéro SIRET.'],
  [/rsa/i, 'Le RSA est versé chaque mois après une déclaration trimestrielle de ressources.'],
  [/attestation/i, 'Vous pouvez télécharger une attestation de paiement dans Mon Compte, rubrique « Mes attestations ».'],
];
let panel;
const btn = document.querySelector('.caf-fab');
function build() {
  panel = document.createElement('section');
  panel.className = 'caf-chat';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', 'caf-chat-t');
  panel.innerHTML = `
    <header class="caf-chat__head"><h2 id="caf-chat-t">Assistant Allocations</h2>
      <button type="button" class="caf-chat__x" aria-label="Fermer">×</button></header>
    <ol class="caf-chat__log" aria-live="polite">
      <li class="m bot">Bonjour, je suis une intelligence artificielle. Je réponds aux questions générales sur vos prestations, sans accéder à votre dossier.</li>
      <li class="m bot">Pour une question sur votre situation personnelle, utilisez la messagerie de Mon Compte.</li>
    </ol>
    <form class="caf-chat__form"><label for="caf-q" class="sr">Votre question</label>
      <input id="caf-q" autocomplete="off" placeholder="Écrivez votre question…"><button class="caf-chat__send">Envoyer</button></form>`;
  document.body.appendChild(panel);
  panel.querySelector('.caf-chat__x').addEventListener('click', toggle);
  panel.querySelector('form').addEventListener('submit', (e) => {
    e.preventDefault();
    const input = panel.querySelector('input');
    const q = input.value.trim();
    if (!q) return;
    add('user', q);
    input.value = '';
    const hit = ANSWERS.find(([re]) => re.test(q));
    setTimeout(() => add('bot', hit ? hit[1] : 'Je n’ai pas trouvé de réponse. Reformulez votre question ou consultez la rubrique Aide.'), 400);
  });
}
function add(who, text) {
  const li = document.createElement('li');
  li.className = `m ${who}`;
  li.textContent = text;
  panel.querySelector('ol').appendChild(li);
}
function toggle() {
  if (!panel) build();
  else panel.hidden = !panel.hidden;
  btn.setAttribute('aria-expanded', String(!panel.hidden));
  if (!panel.hidden) panel.querySelector('input').focus();
}
btn.addEventListener('click', toggle);

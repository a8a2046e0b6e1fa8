// Caf "Logement" pages: the site's own help assistant. Only the round button exists at load;
// the window is created the first time it is opened.
const REPONSES = [
  { mots: ['apl', 'aide au logement', 'als', 'alf'], texte: 'Les aides au logement se demandent en ligne, rubrique « Faire une demande de prestation ». Le droit est ouvert à partir du mois qui suit l’entrée dans le logement.' },
  { mots: ['étudiant', 'etudiant', 'crous'], texte: 'Les étudiants peuvent percevoir une aide au logement, y compris en résidence universitaire. Vos parents ne peuvent alors plus vous compter à charge pour leurs propres aides.' },
  { mots: ['déménage', 'demenage', 'adresse'], texte: 'Signalez votre changement d’adresse dans Mon Compte, rubrique « Déclarer un changement ». Joignez votre nouveau bail.' },
  { mots: ['montant', 'combien', 'simul'], texte: 'Le montant dépend de vos ressources, de votre loyer et de votre lieu de résidence. Le simulateur « Estimer mes droits » vous donne une estimation.' },
];

const btn = document.querySelector('.caf-aide-rond');
let fenetre = null;

function ajouterMessage(liste, auteur, texte) {
  const li = document.createElement('li');
  li.className = `caf-msg caf-msg--${auteur}`;
  const p = document.createElement('p');
  p.textContent = texte;
  li.appendChild(p);
  liste.appendChild(li);
  liste.scrollTop = liste.scrollHeight;
}

function repondre(question) {
  const q = question.toLowerCase();
  const r = REPONSES.find((x) => x.mots.some((m) => q.includes(m)));
  return r ? r.texte : 'Je n’ai pas trouvé de réponse précise. Reformulez votre question, ou contactez votre Caf depuis Mon Compte, rubrique « Mes échanges ».';
}

function construire() {
  fenetre = document.createElement('div');
  fenetre.className = 'caf-aide-fenetre';
  fenetre.setAttribute('role', 'dialog');
  fenetre.setAttribute('aria-modal', 'false');
  fenetre.setAttribute('aria-labelledby', 'caf-aide-titre');
  fenetre.innerHTML = `
    <div class="caf-aide-entete">
      <h2 id="caf-aide-titre">Assistant en ligne</h2>
      <button type="button" class="caf-aide-fermer" aria-label="Fermer l’assistant">✕</button>
    </div>
    <p class="caf-aide-avert">Je suis une intelligence artificielle : mes réponses peuvent être incomplètes et n’engagent pas la Caf. Ne saisissez pas votre numéro allocataire.</p>
    <ol class="caf-aide-fil" aria-live="polite"></ol>
    <form class="caf-aide-form">
      <label class="caf-sr" for="caf-aide-champ">Votre question</label>
      <input id="caf-aide-champ" type="text" autocomplete="off" placeholder="Votre question sur les aides au logement">
      <button type="submit">Envoyer</button>
    </form>`;
  document.body.appendChild(fenetre);
  const fil = fenetre.querySelector('.caf-aide-fil');
  ajouterMessage(fil, 'bot', 'Bonjour ! Je réponds à vos questions sur les aides au logement : APL, ALS, ALF, changement de situation.');
  fenetre.querySelector('.caf-aide-fermer').addEventListener('click', () => basculer(false));
  fenetre.querySelector('.caf-aide-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const champ = fenetre.querySelector('#caf-aide-champ');
    const q = champ.value.trim();
    if (!q) return;
    ajouterMessage(fil, 'moi', q);
    champ.value = '';
    setTimeout(() => ajouterMessage(fil, 'bot', repondre(q)), 500);
  });
}

function basculer(ouvrir) {
  if (ouvrir && !fenetre) construire();
  if (fenetre) fenetre.style.display = ouvrir ? 'flex' : 'none';
  btn.setAttribute('aria-expanded', String(ouvrir));
  if (ouvrir) fenetre.querySelector('#caf-aide-champ').focus();
  else btn.focus();
}

btn.addEventListener('click', () => basculer(btn.getAttribute('aria-expanded') !== 'true'));

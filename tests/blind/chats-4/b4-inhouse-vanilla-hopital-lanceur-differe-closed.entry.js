// Hospital website: the patient-information assistant. Its launcher is injected two seconds after load
// (after the consent and analytics scripts); the window is created on first click.
const DELAI_LANCEUR = 2000;

const SUJETS = {
  visites: 'Les visites sont autorisées de 13 h à 20 h, deux personnes au plus par chambre. En réanimation et en maternité, des règles particulières s’appliquent : renseignez-vous auprès du service.',
  admission: 'Pour une hospitalisation programmée, faites votre pré-admission en ligne ou au bureau des entrées (hall A), avec votre carte Vitale, votre carte de mutuelle et une pièce d’identité.',
  parking: 'Le parking visiteurs P2 est gratuit la première demi-heure. Les patients en dialyse ou en chimiothérapie bénéficient d’un badge gratuit.',
  facture: 'Pour une question sur une facture, contactez le service des frais de séjour au 00 00 00 00 00, du lundi au vendredi.',
};

function deviner(q) {
  const t = q.toLowerCase();
  if (/visit/.test(t)) return SUJETS.visites;
  if (/admission|entrée|entree|hospitalis/.test(t)) return SUJETS.admission;
  if (/parking|garer|stationn/.test(t)) return SUJETS.parking;
  if (/factur|payer|frais/.test(t)) return SUJETS.facture;
  return 'Je ne trouve pas de réponse. Pour toute question médicale, adressez-vous à votre médecin ou au service qui vous suit. En cas d’urgence, appelez le 15.';
}

let lanceur = null;
let fen = null;

function creerFenetre() {
  fen = document.createElement('div');
  fen.id = 'chv-assistant';
  fen.className = 'chv-fen';
  fen.setAttribute('role', 'dialog');
  fen.setAttribute('aria-labelledby', 'chv-fen-titre');

  const haut = document.createElement('div');
  haut.className = 'chv-fen-haut';
  const titre = document.createElement('h2');
  titre.id = 'chv-fen-titre';
  titre.textContent = 'Informations patients et visiteurs';
  const x = document.createElement('button');
  x.type = 'button';
  x.className = 'chv-x';
  x.setAttribute('aria-label', 'Fermer');
  x.textContent = '×';
  x.addEventListener('click', () => afficher(false));
  haut.append(titre, x);

  const fil = document.createElement('div');
  fil.className = 'chv-fil';
  fil.setAttribute('role', 'log');
  fil.setAttribute('aria-live', 'polite');

  const form = document.createElement('form');
  form.className = 'chv-form';
  const input = document.createElement('input');
  input.type = 'text';
  input.placeholder = 'Ex. : horaires de visite';
  input.setAttribute('aria-label', 'Votre question');
  const go = document.createElement('button');
  go.type = 'submit';
  go.textContent = 'Envoyer';
  form.append(input, go);

  const mention = document.createElement('p');
  mention.className = 'chv-mention';
  mention.textContent = 'Les réponses sont générées automatiquement et peuvent contenir des erreurs. Cet outil ne donne aucun avis médical.';

  fen.append(haut, fil, form, mention);
  document.body.appendChild(fen);

  const dire = (texte, moi) => {
    const b = document.createElement('div');
    b.className = moi ? 'chv-b chv-b-moi' : 'chv-b';
    b.textContent = texte;
    fil.appendChild(b);
    fil.scrollTop = fil.scrollHeight;
  };
  dire('Bonjour. Visites, admission, parking, factures : que souhaitez-vous savoir ?');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value.trim();
    if (!q) return;
    dire(q, true);
    input.value = '';
    setTimeout(() => dire(deviner(q)), 500);
  });
}

function afficher(ouvrir) {
  if (ouvrir && !fen) creerFenetre();
  if (fen) fen.hidden = !ouvrir;
  lanceur.hidden = ouvrir;
  lanceur.setAttribute('aria-expanded', String(ouvrir));
}

function poserLanceur() {
  lanceur = document.createElement('button');
  lanceur.type = 'button';
  lanceur.className = 'chv-lanceur';
  lanceur.setAttribute('aria-expanded', 'false');
  lanceur.innerHTML = '<span class="chv-pastille" aria-hidden="true">?</span><span><strong>Une question ?</strong> Notre assistant vous répond</span>';
  lanceur.addEventListener('click', () => afficher(true));
  document.body.appendChild(lanceur);
}

setTimeout(poserLanceur, DELAI_LANCEUR);

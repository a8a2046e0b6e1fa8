// Département (fictif) : bulle en bas à droite avec une infobulle visible au chargement ;
// la fenêtre est créée au clic.
const fab = document.getElementById('max-fab');
const tip = document.getElementById('max-tip');
let win = null;
document.getElementById('max-tip-close').addEventListener('click', () => tip.remove());
function reply(q) {
  if (/apa|autonomie|âg/i.test(q)) return 'L’allocation personnalisée d’autonomie (APA) se demande auprès de la Maison départementale de l’autonomie. Un formulaire est en ligne.';
  if (/coll[eè]ge/i.test(q)) return 'Les dotations des collèges et la restauration scolaire relèvent du Département. Pour la cantine, contactez le collège.';
  if (/route|travaux/i.test(q)) return 'Les travaux en cours sur les routes départementales sont listés sur la carte « Info routes ».';
  return 'Je n’ai pas encore la réponse. Un agent du Département peut vous répondre au 00 00 00 00 00.';
}
fab.addEventListener('click', () => {
  tip?.remove();
  if (win) { win.hidden = !win.hidden; return; }
  win = document.createElement('div');
  win.className = 'max-win';
  win.innerHTML = '<div class="max-win__h"><b>Max</b><span>Le Département répond</span><button aria-label="Fermer">×</button></div>'
    + '<div class="max-win__b"><div class="mx">Bonjour, c’est Max ! Autonomie, collèges, routes, RSA : posez votre question.</div></div>'
    + '<form class="max-win__f"><input placeholder="Votre question" aria-label="Votre question"><button>Envoyer</button></form>';
  document.body.append(win);
  win.querySelector('button').onclick = () => (win.hidden = true);
  win.querySelector('form').onsubmit = (e) => {
    e.preventDefault();
    const i = win.querySelector('input');
    if (!i.value.trim()) return;
    const b = win.querySelector('.max-win__b');
    b.insertAdjacentHTML('beforeend', `<div class="me"></div><div class="mx"></div>`);
    b.children[b.children.length - 2].textContent = i.value;
    b.lastElementChild.textContent = reply(i.value);
    i.value = '';
  };
});

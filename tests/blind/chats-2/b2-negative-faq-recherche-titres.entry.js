// Negative. Mairie, "Carte d'identité et passeport" FAQ: a search field above the list
// of questions; typing filters the list and shows the best matching answer in a box
// ("Réponse la plus proche"). No conversation, no assistant: a search over a fixed FAQ.
const FAQ = [
  { q: 'Faut-il prendre rendez-vous pour une carte d’identité ?', a: 'Oui. Les demandes de carte d’identité et de passeport se font uniquement sur rendez-vous, en ligne ou par téléphone.' },
  { q: 'Quels sont les délais pour obtenir un passeport ?', a: 'Comptez de 4 à 8 semaines entre le rendez-vous et la mise à disposition du titre, selon la période.' },
  { q: 'Combien coûte un passeport ?', a: 'Le timbre fiscal est de 86 € pour un majeur, 42 € pour un mineur de 15 ans et plus, 17 € pour un mineur de moins de 15 ans.' },
  { q: 'Ma carte d’identité est périmée : puis-je la renouveler ?', a: 'Oui, si elle est périmée ou expire dans moins de 6 mois, ou si vous n’avez pas de passeport valide.' },
  { q: 'Que faire en cas de perte ou de vol ?', a: 'Déclarez la perte en mairie lors du rendez-vous, ou le vol au commissariat ; un timbre fiscal de 25 € est demandé pour la carte d’identité.' },
  { q: 'Qui peut retirer le titre ?', a: 'Le titulaire en personne, muni du récépissé ; pour un mineur, le représentant légal avec l’enfant de 12 ans et plus.' },
];

const root = document.getElementById('faq-titres');
root.innerHTML = `
  <div class="faq-search">
    <label for="faq-q">Rechercher dans les questions fréquentes</label>
    <div class="faq-search__row">
      <input id="faq-q" type="search" placeholder="Ex. : délai passeport, perte, timbre fiscal" autocomplete="off">
      <button type="button" class="faq-search__btn">Rechercher</button>
    </div>
    <div class="faq-best" hidden>
      <p class="faq-best__label">Réponse la plus proche</p>
      <p class="faq-best__q"></p>
      <p class="faq-best__a"></p>
    </div>
    <p class="faq-count" aria-live="polite"></p>
  </div>
  <div class="faq-list"></div>`;

const list = root.querySelector('.faq-list');
const best = root.querySelector('.faq-best');
const count = root.querySelector('.faq-count');
const input = root.querySelector('#faq-q');

const norm = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
function score(item, words) {
  const hay = norm(item.q + ' ' + item.a);
  return words.filter((w) => hay.includes(w)).length;
}

function draw(items) {
  list.innerHTML = '';
  for (const it of items) {
    const d = document.createElement('details');
    d.className = 'faq-item';
    const s = document.createElement('summary');
    s.textContent = it.q;
    const p = document.createElement('p');
    p.textContent = it.a;
    d.append(s, p);
    list.appendChild(d);
  }
}

function search() {
  const words = norm(input.value).split(/\W+/).filter((w) => w.length > 2);
  if (!words.length) {
    best.hidden = true;
    count.textContent = '';
    draw(FAQ);
    return;
  }
  const ranked = FAQ.map((it) => ({ it, s: score(it, words) })).filter((x) => x.s > 0).sort((a, b) => b.s - a.s);
  count.textContent = ranked.length ? `${ranked.length} question(s) correspondent à votre recherche.` : 'Aucune question ne correspond. Contactez le service État civil.';
  if (ranked.length) {
    best.hidden = false;
    best.querySelector('.faq-best__q').textContent = ranked[0].it.q;
    best.querySelector('.faq-best__a').textContent = ranked[0].it.a;
  } else best.hidden = true;
  draw(ranked.map((x) => x.it));
}

input.addEventListener('input', search);
root.querySelector('.faq-search__btn').addEventListener('click', search);
draw(FAQ);

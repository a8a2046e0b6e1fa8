// Caf FAQ: accordion built by the site's script.
const faq = [
  ['Quand ma prestation est-elle versée ?', 'Les prestations sont versées le 5 de chaque mois pour le mois précédent.'],
  ['Comment déclarer un changement de situation ?', 'Depuis Mon Compte, rubrique « Déclarer un changement ».'],
  ['Comment obtenir une attestation de paiement ?', 'Téléchargez-la dans Mon Compte, rubrique « Mes attestations ».'],
  ['Qu’est-ce qu’un indu ?', 'Une somme versée à tort, que la Caf vous demande de rembourser.'],
];
const root = document.getElementById('faq');
faq.forEach(([q, a], i) => {
  const btn = document.createElement('button');
  btn.type = 'button';
  btn.id = 'q' + i;
  btn.setAttribute('aria-expanded', 'false');
  btn.setAttribute('aria-controls', 'a' + i);
  btn.textContent = q;
  const panel = document.createElement('div');
  panel.id = 'a' + i;
  panel.hidden = true;
  panel.textContent = a;
  btn.addEventListener('click', () => { panel.hidden = !panel.hidden; btn.setAttribute('aria-expanded', String(!panel.hidden)); });
  root.append(btn, panel);
});

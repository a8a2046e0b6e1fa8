// Blog comments thread (the site's own code): renders approved comments and posts new ones for moderation.
const comments = [
  { nom: 'Claire, agente en préfecture', date: '12 mars', texte: 'Chez nous, la file d’attente du matin a presque disparu.' },
  { nom: 'Marc D.', date: '13 mars', texte: 'Et pour les personnes sans ordinateur ? Le guichet reste-t-il ouvert ?' },
  { nom: 'La rédaction', date: '13 mars', texte: 'Oui, l’accueil physique est maintenu dans les trois sites.' },
];
const box = document.getElementById('comments');
for (const c of comments) {
  const div = document.createElement('article');
  div.className = 'comment';
  div.innerHTML = '<p class="meta"></p><p></p><button type="button" class="fr-btn fr-btn--secondary">Répondre</button>';
  div.querySelector('.meta').textContent = c.nom + ' · ' + c.date;
  div.querySelectorAll('p')[1].textContent = c.texte;
  box.append(div);
}
document.getElementById('com-count').textContent = String(comments.length);
document.getElementById('comment-form').addEventListener('submit', (e) => { e.preventDefault(); e.target.insertAdjacentHTML('beforeend', '<p role="status">Merci, votre commentaire sera publié après modération.</p>'); });

// "Je donne mon avis" tab with a satisfaction form (Services Publics+-like).
const btn = document.createElement('button');
btn.className = 'avis-btn';
btn.type = 'button';
btn.textContent = 'Je donne mon avis';
const panel = document.createElement('section');
panel.className = 'avis';
panel.hidden = true;
panel.setAttribute('aria-label', 'Votre avis');
panel.innerHTML = '<h2>Cette page vous a-t-elle été utile ?</h2><div class="faces"><button aria-label="Oui">🙂</button><button aria-label="Moyennement">😐</button><button aria-label="Non">🙁</button></div><label>Un commentaire ?<textarea rows="3" style="width:100%"></textarea></label><button class="fr-btn">Envoyer</button>';
btn.addEventListener('click', () => { panel.hidden = !panel.hidden; });
document.body.append(btn, panel);

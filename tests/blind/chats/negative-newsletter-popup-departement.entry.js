// Newsletter sign-up pop-up shown at load.
const overlay = document.createElement('div');
overlay.className = 'nl-overlay';
overlay.innerHTML = '<div class="nl" role="dialog" aria-modal="true" aria-labelledby="nl-t"><button class="x" aria-label="Fermer">×</button><h2 id="nl-t">Restez informé !</h2><p>Recevez chaque mois l’agenda culturel et les actualités du Département.</p><form><label>Votre adresse électronique<input type="email" required placeholder="nom@exemple.fr"></label><button class="btn">Je m’abonne</button></form><p><small>Désinscription possible à tout moment.</small></p></div>';
overlay.querySelector('.x').addEventListener('click', () => overlay.remove());
overlay.querySelector('form').addEventListener('submit', (e) => { e.preventDefault(); overlay.querySelector('.nl').innerHTML = '<p>Merci, votre inscription est enregistrée.</p>'; });
document.body.append(overlay);

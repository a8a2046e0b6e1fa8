// Press release page: share buttons and a "copy link" helper only.
const share = document.getElementById('share');
share.innerHTML = '<p><strong>Partager :</strong> <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">LinkedIn</a> · <button type="button" class="fr-btn fr-btn--secondary">Copier le lien</button></p>';
share.querySelector('button').addEventListener('click', () => navigator.clipboard?.writeText(location.href));

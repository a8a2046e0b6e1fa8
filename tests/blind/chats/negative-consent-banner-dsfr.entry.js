// Cookie consent banner (tarteaucitron-like), shown until the visitor chooses.
if (!localStorage.getItem('consent')) {
  const bar = document.createElement('div');
  bar.className = 'fr-consent';
  bar.setAttribute('role', 'dialog');
  bar.setAttribute('aria-label', 'Gestion des cookies');
  bar.innerHTML = '<div class="fr-container"><p><strong>À propos des cookies sur chequeenergie.gouv.fr</strong><br>Bienvenue ! Nous utilisons des cookies pour améliorer votre expérience et les services disponibles sur ce site. Vous pouvez, à tout moment, avoir le contrôle sur les cookies que vous souhaitez activer.</p><button class="fr-btn" data-v="1">Tout accepter</button><button class="fr-btn" data-v="0">Tout refuser</button><button class="fr-btn fr-btn--secondary">Personnaliser</button></div>';
  bar.addEventListener('click', (e) => { const v = e.target.dataset?.v; if (v) { localStorage.setItem('consent', v); bar.remove(); } });
  document.body.append(bar);
}

// "Besoin d'aide ?" floating link to the human contact form; shows the adviser's response time.
const link = document.getElementById('help');
link.title = 'Votre conseiller vous répond sous 48 heures ouvrées';
link.addEventListener('click', () => sessionStorage.setItem('help-origin', location.pathname));

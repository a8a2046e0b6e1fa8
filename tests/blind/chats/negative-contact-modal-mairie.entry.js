// Mairie: floating "write to us" button opening a contact form in a <dialog>.
const dlg = document.getElementById('contact');
document.getElementById('open-contact').addEventListener('click', () => dlg.showModal());

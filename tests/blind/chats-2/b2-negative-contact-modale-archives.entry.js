// Negative. Archives départementales: a "Nous écrire" button opens a native <dialog>
// with a contact form (name, e-mail, subject, message, consent). Sending shows a
// confirmation; the reading-room staff answer by e-mail. No chat, no assistant.
const dlg = document.getElementById('contact-dialog');
const openBtn = document.getElementById('open-contact');
const form = dlg.querySelector('form');
const done = dlg.querySelector('.ct-done');

openBtn.addEventListener('click', () => {
  form.hidden = false;
  done.hidden = true;
  dlg.showModal();
  dlg.querySelector('input').focus();
});
dlg.querySelectorAll('[data-close]').forEach((b) => b.addEventListener('click', () => dlg.close()));
dlg.addEventListener('click', (e) => {
  if (e.target === dlg) dlg.close();
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  if (!form.reportValidity()) return;
  fetch('http://127.0.0.1:9/archives/contact', { method: 'POST', body: new FormData(form) }).catch(() => {});
  form.hidden = true;
  done.hidden = false;
});

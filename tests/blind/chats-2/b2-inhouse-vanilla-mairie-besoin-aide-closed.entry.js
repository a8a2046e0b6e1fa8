// Mairie (town hall) site: its own assistant, plain DOM code written by the town's web
// agency. A text button "Besoin d'aide ?" sits in the corner; the dialog is built only
// when the button is pressed (nothing of it is in the page before). Answers come from the
// town's endpoint (unreachable here: an apology is shown instead).
(function () {
  'use strict';

  var ENDPOINT = 'http://127.0.0.1:9/api/assistant/ask';
  var launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.className = 'mv-aide-launcher';
  launcher.setAttribute('aria-haspopup', 'dialog');
  launcher.setAttribute('aria-expanded', 'false');
  launcher.innerHTML = '<span class="mv-aide-launcher__icon" aria-hidden="true">?</span> Besoin d’aide ?';
  document.body.appendChild(launcher);

  var dialog = null;
  var log = null;

  function addMessage(who, text) {
    var item = document.createElement('div');
    item.className = 'mv-aide-msg mv-aide-msg--' + who;
    var author = document.createElement('span');
    author.className = 'mv-aide-msg__author';
    author.textContent = who === 'bot' ? 'Assistant de la mairie' : 'Vous';
    var body = document.createElement('p');
    body.textContent = text;
    item.appendChild(author);
    item.appendChild(body);
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  function ask(question) {
    addMessage('user', question);
    fetch(ENDPOINT, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ q: question }) })
      .then(function (r) { return r.json(); })
      .then(function (data) { addMessage('bot', data.answer); })
      .catch(function () {
        addMessage('bot', 'Je n’arrive pas à obtenir de réponse pour le moment. Vous pouvez joindre l’accueil de la mairie au 02 00 00 00 00.');
      });
  }

  function build() {
    dialog = document.createElement('div');
    dialog.className = 'mv-aide-dialog';
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'false');
    dialog.setAttribute('aria-labelledby', 'mv-aide-title');
    dialog.innerHTML =
      '<div class="mv-aide-dialog__head">' +
      '  <h2 id="mv-aide-title">Assistant de la mairie</h2>' +
      '  <button type="button" class="mv-aide-close" aria-label="Fermer l’assistant">×</button>' +
      '</div>' +
      '<div class="mv-aide-log" role="log" aria-live="polite" aria-label="Conversation"></div>' +
      '<form class="mv-aide-form">' +
      '  <label for="mv-aide-input" class="mv-sr-only">Votre question</label>' +
      '  <input id="mv-aide-input" type="text" autocomplete="off" placeholder="Ex. : refaire ma carte d’identité">' +
      '  <button type="submit">Envoyer</button>' +
      '</form>' +
      '<p class="mv-aide-note">Ne saisissez pas de données personnelles (numéro fiscal, santé…).</p>';
    document.body.appendChild(dialog);
    log = dialog.querySelector('.mv-aide-log');
    addMessage('bot', 'Bonjour ! Je suis une intelligence artificielle mise à disposition par la Ville pour répondre à vos questions sur les démarches, l’état civil et les services municipaux.');
    addMessage('bot', 'Mes réponses peuvent contenir des erreurs : en cas de doute, contactez l’accueil.');
    dialog.querySelector('.mv-aide-close').addEventListener('click', close);
    dialog.querySelector('form').addEventListener('submit', function (e) {
      e.preventDefault();
      var input = dialog.querySelector('input');
      var q = input.value.trim();
      if (q) { ask(q); input.value = ''; }
    });
  }

  function open() {
    if (!dialog) build();
    dialog.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    dialog.querySelector('input').focus();
  }

  function close() {
    dialog.remove();
    dialog = null;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  launcher.addEventListener('click', function () { dialog ? close() : open(); });

  var css = document.createElement('style');
  css.textContent =
    '.mv-aide-launcher{position:fixed;right:24px;bottom:24px;z-index:1000;background:#1b5e20;color:#fff;border:0;border-radius:4px;padding:12px 18px;font:700 16px/1.2 Arial,sans-serif;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.3)}' +
    '.mv-aide-launcher__icon{display:inline-block;width:22px;height:22px;border-radius:50%;background:#fff;color:#1b5e20;text-align:center;line-height:22px;margin-right:6px}' +
    '.mv-aide-dialog{position:fixed;right:24px;bottom:84px;width:360px;max-height:70vh;display:flex;flex-direction:column;background:#fff;border:2px solid #1b5e20;border-radius:6px;z-index:1001;font-family:Arial,sans-serif}' +
    '.mv-aide-dialog__head{display:flex;justify-content:space-between;align-items:center;background:#1b5e20;color:#fff;padding:8px 12px}' +
    '.mv-aide-dialog__head h2{font-size:17px;margin:0}.mv-aide-close{background:none;border:0;color:#fff;font-size:24px;cursor:pointer}' +
    '.mv-aide-log{flex:1;overflow:auto;padding:10px;min-height:220px}.mv-aide-msg{margin:0 0 10px}.mv-aide-msg p{margin:2px 0 0;padding:8px 10px;border-radius:6px;background:#eef5ee}' +
    '.mv-aide-msg--user p{background:#1b5e20;color:#fff}.mv-aide-msg__author{font-size:12px;color:#555}' +
    '.mv-aide-form{display:flex;gap:6px;padding:8px;border-top:1px solid #ddd}.mv-aide-form input{flex:1;padding:8px;border:1px solid #888}' +
    '.mv-aide-form button{background:#1b5e20;color:#fff;border:0;padding:8px 12px}.mv-aide-note{font-size:12px;color:#555;margin:0;padding:0 10px 8px}' +
    '.mv-sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}';
  document.head.appendChild(css);
})();

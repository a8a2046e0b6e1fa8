// Ville, "Sports et piscines" pages: a chat box a contractor set up from an English
// starter template and never translated (header, placeholder and button in English),
// open at load in the corner. Plain DOM, divs only, no roles or labels. The answers
// come from the sports department's list of questions.
var REPLIES = [
  [/piscine|horaire|nager|bassin/i, 'La piscine municipale est ouverte du mardi au dimanche, de 10 h à 19 h ; nocturne le jeudi jusqu’à 21 h 30.'],
  [/tarif|prix|abonnement|carte/i, 'Entrée : 3,50 € ; carte de 10 entrées : 30 € ; gratuit pour les moins de 6 ans.'],
  [/gymnase|salle|réserv/i, 'Les associations réservent les gymnases auprès du service des sports, par le formulaire en ligne.'],
  [/stage|vacances|enfant/i, 'Les stages sportifs des vacances sont ouverts aux 6-14 ans ; inscriptions sur le portail famille.'],
];

var box = document.createElement('div');
box.id = 'chatbox';
box.innerHTML =
  '<div class="cb-header"><div class="cb-title">Ask us anything</div><div class="cb-min">_</div></div>' +
  '<div class="cb-body"><div class="cb-msg cb-in">Bonjour ! Comment puis-je vous aider ?</div></div>' +
  '<div class="cb-footer"><input class="cb-input" placeholder="Type your message..."><div class="cb-send">Send</div></div>';
document.body.appendChild(box);

var body = box.querySelector('.cb-body');
var input = box.querySelector('.cb-input');
function add(text, cls) {
  var d = document.createElement('div');
  d.className = 'cb-msg ' + cls;
  d.textContent = text;
  body.appendChild(d);
  body.scrollTop = body.scrollHeight;
}
function send() {
  var q = input.value.trim();
  if (!q) return;
  add(q, 'cb-out');
  input.value = '';
  var r = REPLIES.find(function (x) { return x[0].test(q); });
  setTimeout(function () {
    add(r ? r[1] : 'Je n’ai pas compris. Le service des sports répond au 04 00 00 00 00.', 'cb-in');
  }, 500);
}
box.querySelector('.cb-send').onclick = send;
input.onkeypress = function (e) { if (e.keyCode === 13) send(); };
box.querySelector('.cb-min').onclick = function () { box.classList.toggle('cb-collapsed'); };

var s = document.createElement('style');
s.innerHTML =
  '#chatbox{position:fixed;bottom:0;right:30px;width:300px;background:#fff;border:1px solid #ccc;border-bottom:0;font:14px/1.4 "Open Sans",Arial,sans-serif;z-index:10}' +
  '.cb-header{display:flex;justify-content:space-between;background:#0097a7;color:#fff;padding:8px 12px;cursor:default}.cb-title{font-weight:bold}.cb-min{cursor:pointer}' +
  '.cb-body{height:240px;overflow-y:auto;padding:10px;background:#f7f7f7}.cb-msg{padding:6px 10px;border-radius:12px;margin:4px 0;max-width:80%;clear:both}' +
  '.cb-in{background:#fff;border:1px solid #e0e0e0;float:left}.cb-out{background:#0097a7;color:#fff;float:right}' +
  '.cb-footer{display:flex;border-top:1px solid #ddd}.cb-input{flex:1;border:0;padding:10px;outline:none}.cb-send{padding:10px;color:#0097a7;font-weight:bold;cursor:pointer}' +
  '#chatbox.cb-collapsed .cb-body,#chatbox.cb-collapsed .cb-footer{display:none}';
document.head.appendChild(s);

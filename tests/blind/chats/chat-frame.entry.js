// /chat-frame.html: the Ville de Nantes assistant page shown in an iframe by inhouse-iframe-mairie-assistant.
const log = document.getElementById('log');
const say = (text, me = false) => { const p = document.createElement('p'); p.textContent = text; if (me) p.className = 'me'; log.append(p); };
say('Bonjour ! Je peux vous aider pour vos cartes d’identité, passeports et actes d’état civil.');
document.getElementById('f').addEventListener('submit', (e) => {
  e.preventDefault();
  const input = e.target.querySelector('input');
  if (!input.value) return;
  say(input.value, true);
  say('Prenez rendez-vous en ligne dans une mairie équipée.');
  input.value = '';
});
let small = false;
document.getElementById('min').addEventListener('click', () => { small = !small; parent.postMessage(small ? 'assistant:minimise' : 'assistant:expand', '*'); });

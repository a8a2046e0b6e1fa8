// Urssaf-like DSFR site: a full page given to the assistant ("Assistant Cotisations"), vanilla bundle.
const KB = [
  [/taux|cotisation|micro/i, 'Pour une activité de prestation de services relevant des BIC, le taux des cotisations des micro-entrepreneurs s’applique au chiffre d’affaires déclaré. Le simulateur donne le montant exact.'],
  [/déclar|declar|échéance|echeance/i, 'Les micro-entrepreneurs déclarent leur chiffre d’affaires chaque mois ou chaque trimestre, selon l’option choisie à la création.'],
  [/acre|création|creation/i, 'L’exonération de début d’activité se demande dans les 60 jours suivant la création de l’entreprise.'],
];
const root = document.getElementById('assistant-cotisations');
const log = root.querySelector('.ac-log');
const form = root.querySelector('form');
const input = root.querySelector('textarea');
function add(kind, text) {
  const li = document.createElement('li');
  li.className = 'ac-msg ac-msg--' + kind;
  const who = document.createElement('p');
  who.className = 'ac-who';
  who.textContent = kind === 'bot' ? 'Assistant Cotisations' : 'Vous';
  const p = document.createElement('p');
  p.textContent = text;
  li.append(who, p);
  log.append(li);
  li.scrollIntoView({ block: 'nearest' });
}
add('bot', 'Bonjour. Posez votre question sur vos cotisations, vos déclarations ou vos échéances. Je vous indiquerai la page de référence à consulter.');
root.querySelectorAll('.ac-suggest button').forEach((b) => b.addEventListener('click', () => { input.value = b.textContent; form.requestSubmit(); }));
form.addEventListener('submit', async (e) => {
  e.preventDefault();
  const q = input.value.trim();
  if (!q) return;
  add('user', q);
  input.value = '';
  const hit = KB.find(([re]) => re.test(q));
  if (hit) return add('bot', hit[1]);
  try {
    const r = await fetch('http://127.0.0.1:9/api/assistant-cotisations/ask', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ q }) });
    add('bot', (await r.json()).answer);
  } catch {
    add('bot', 'Le service est momentanément indisponible. Réessayez dans quelques minutes ou utilisez la messagerie de votre espace en ligne.');
  }
});
input.addEventListener('keydown', (e) => { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); form.requestSubmit(); } });

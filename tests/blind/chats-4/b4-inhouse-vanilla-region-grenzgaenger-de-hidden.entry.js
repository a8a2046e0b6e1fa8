// Region's cross-border information pages (German version): the launcher and the window are both in the
// markup; the window is kept invisible (visibility/opacity, aria-hidden, inert) until the launcher is used.
const launcher = document.getElementById('gg-launcher');
const win = document.getElementById('gg-window');
const log = win.querySelector('.gg-log');
const form = win.querySelector('form');
const input = form.querySelector('input');

const WISSEN = [
  [/steuer|impôt|impot/i, 'Grenzgänger, die in Frankreich wohnen und in Deutschland arbeiten, versteuern ihren Lohn in der Regel in Frankreich, wenn sie täglich zurückkehren und in der Grenzzone wohnen und arbeiten. Bitte lassen Sie sich von Ihrem Finanzamt beraten.'],
  [/kranken|versicher|arzt|santé|sante/i, 'Sie sind grundsätzlich im Beschäftigungsland krankenversichert. Mit dem Formular S1 können Sie sich auch in Ihrem Wohnland behandeln lassen.'],
  [/arbeitslos|chômage|chomage/i, 'Bei Arbeitslosigkeit ist das Wohnland zuständig: Melden Sie sich bei France Travail an und bringen Sie das Formular U1 mit.'],
  [/kinder|familie|kindergeld|allocations/i, 'Für Familienleistungen gelten Vorrangregeln zwischen den beiden Ländern. Die Familienkasse und die Caf stimmen sich ab; beantragen Sie die Leistung in beiden Ländern.'],
];

function zeige(offen) {
  win.classList.toggle('gg-hidden', !offen);
  win.setAttribute('aria-hidden', String(!offen));
  win.inert = !offen;
  launcher.setAttribute('aria-expanded', String(offen));
  if (offen) input.focus();
}

function schreibe(text, ich) {
  const p = document.createElement('p');
  p.className = ich ? 'gg-msg gg-me' : 'gg-msg';
  p.textContent = text;
  log.appendChild(p);
  log.scrollTop = log.scrollHeight;
}

launcher.addEventListener('click', () => zeige(launcher.getAttribute('aria-expanded') !== 'true'));
win.querySelector('.gg-close').addEventListener('click', () => { zeige(false); launcher.focus(); });
form.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = input.value.trim();
  if (!q) return;
  schreibe(q, true);
  input.value = '';
  const treffer = WISSEN.find(([re]) => re.test(q));
  setTimeout(() => schreibe(treffer ? treffer[1] : 'Dazu habe ich keine Information. Die grenzüberschreitenden Beratungsstellen der Region helfen Ihnen kostenlos weiter.'), 500);
});

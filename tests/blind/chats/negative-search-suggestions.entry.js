// Search box with live suggestions (site code).
const terms = ['Passeport', 'Passeport : délais de fabrication', 'Pass Culture', 'Pass’Sport', 'Permis de conduire', 'Prime d’activité', 'Prime de Noël', 'Procuration de vote'];
const input = document.getElementById('q');
const list = document.getElementById('sugg');
function update() {
  const v = input.value.trim().toLowerCase();
  const hits = v ? terms.filter((t) => t.toLowerCase().includes(v)).slice(0, 6) : [];
  list.innerHTML = '';
  hits.forEach((t, i) => { const li = document.createElement('li'); li.role = 'option'; li.id = 's' + i; li.textContent = t; if (i === 0) li.setAttribute('aria-selected', 'true'); list.append(li); });
  list.hidden = !hits.length;
  input.setAttribute('aria-expanded', String(hits.length > 0));
}
input.addEventListener('input', update);
update();

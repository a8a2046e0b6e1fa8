// "Être rappelé" widget: the visitor leaves a phone number and a slot; an adviser calls back.
const box = document.createElement('aside');
box.className = 'cb';
box.setAttribute('aria-label', 'Être rappelé');
box.innerHTML = '<header><strong>📞 Être rappelé gratuitement</strong></header><form><label>Votre téléphone<input type="tel" required placeholder="06 12 34 56 78"></label><label>Créneau<select><option>Aujourd’hui 14 h – 16 h</option><option>Demain 9 h – 12 h</option></select></label><button class="btn">Me faire rappeler</button><p><small>Un conseiller création vous appelle sur le créneau choisi.</small></p></form>';
box.querySelector('form').addEventListener('submit', (e) => { e.preventDefault(); e.target.innerHTML = '<p>C’est noté : un conseiller vous rappellera.</p>'; });
document.body.append(box);

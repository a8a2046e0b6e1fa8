// Welcome to France: the site's own inline assistant (vanilla JS), conversation rendered in the page.
const log = document.getElementById('va-log');
const add = (who, text, me = false) => {
  const li = document.createElement('li');
  if (me) li.className = 'me';
  li.innerHTML = '<span class="who"></span><span class="txt"></span>';
  li.querySelector('.who').textContent = who;
  li.querySelector('.txt').textContent = text;
  log.append(li);
};
add('Virtual assistant', 'Hello! I can help you with the talent passport and your arrival in France.');
add('You', 'Can my spouse work in France?', true);
add('Virtual assistant', 'Yes. The "talent passport – family" permit allows your spouse to work without a separate work permit.');
document.getElementById('va-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const input = e.target.querySelector('input');
  if (!input.value) return;
  add('You', input.value, true);
  add('Virtual assistant', 'Thank you. Please check the detailed sheet for your category.');
  input.value = '';
});

// Ville de Nantes: the assistant itself lives in /chat-frame.html (its own bundle); the page only
// adds a "minimise" behaviour to the frame.
const frame = document.querySelector('.assist-frame');
window.addEventListener('message', (e) => {
  if (e.data === 'assistant:minimise') frame.style.height = '64px';
  if (e.data === 'assistant:expand') frame.style.height = '520px';
});

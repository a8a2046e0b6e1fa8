// Région Occitanie: site-made launcher opening a panel that hosts the Tock chat (tock-react-kit from npm).
import { renderChat, createTheme } from 'tock-react-kit';

const launcher = document.getElementById('tock-launcher');
const panel = document.getElementById('tock-panel');
let mounted = false;
function toggle(open) {
  panel.hidden = !open;
  launcher.setAttribute('aria-expanded', String(open));
}
launcher.addEventListener('click', () => toggle(panel.hidden));
document.getElementById('tock-close').addEventListener('click', () => toggle(false));

// The chat is rendered at load (hidden with its panel) so the conversation is kept across openings.
if (!mounted) {
  renderChat(
    document.getElementById('tock-chat'),
    'http://127.0.0.1:9/io/occitanie/entreprises/web',
    'page-aides',
    createTheme({ palette: { background: { user: '#a5003a', bot: '#f4f4f4' }, text: { user: '#fff', bot: '#222' } } }),
    { disableSse: true, localStorageHistory: { enable: false } },
  );
  mounted = true;
}

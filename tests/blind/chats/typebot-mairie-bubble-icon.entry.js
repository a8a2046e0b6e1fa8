// Ville de Vannes: Typebot bubble (npm @typebot.io/js), closed, no preview message.
import Typebot from '@typebot.io/js/web';

Typebot.initBubble({
  typebot: 'vannes-famille',
  apiHost: 'http://127.0.0.1:9',
  theme: { button: { backgroundColor: '#004a80', iconColor: '#ffffff', size: 'large' }, chatWindow: { backgroundColor: '#f7f9fc' } },
});

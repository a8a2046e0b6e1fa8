// Hospital site: Typebot bubble, closed at load, the hospital's colours and icon.
import Typebot from '@typebot.io/js/web';

Typebot.initBubble({
  typebot: 'ch-admissions-orientation',
  apiHost: 'http://127.0.0.1:9',
  theme: {
    button: { backgroundColor: '#c8102e', iconColor: '#ffffff', size: 'large' },
    chatWindow: { backgroundColor: '#ffffff' },
  },
});

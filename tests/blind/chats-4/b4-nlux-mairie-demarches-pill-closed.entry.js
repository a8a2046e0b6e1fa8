// Site module of the town hall's "Démarches" pages: the site's own pill opens a panel in which
// the NLUX chat is created on first opening.
import { createAiChat } from '@nlux/core';
import '@nlux/themes/luna.css';

const pill = document.getElementById('mairie-question-pill');
const panel = document.createElement('section');
let chat = null;

const adapter = {
  batchText: async (message) => {
    try {
      const res = await fetch('http://127.0.0.1:9/mairie/demarches/ask', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ question: message }),
      });
      const data = await res.json();
      return data.reponse;
    } catch {
      return 'Désolé, le service est momentanément indisponible. Vous pouvez appeler l’accueil de la mairie au 00 00 00 00 00.';
    }
  },
};

function buildPanel() {
  panel.className = 'mq-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', 'Vos démarches en mairie');
  const top = document.createElement('div');
  top.className = 'mq-top';
  const title = document.createElement('span');
  title.textContent = 'Vos démarches en mairie';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'mq-close';
  close.setAttribute('aria-label', 'Fermer');
  close.textContent = '×';
  close.addEventListener('click', () => togglePanel(false));
  top.append(title, close);
  const host = document.createElement('div');
  host.className = 'mq-host';
  panel.append(top, host);
  document.body.appendChild(panel);

  chat = createAiChat()
    .withAdapter(adapter)
    .withPersonaOptions({
      assistant: {
        name: 'Assistant de la mairie',
        avatar: 'data:image/svg+xml;utf8,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" rx="20" fill="#1f6f4a"/><path d="M10 29h20v2H10zM12 18h16l-8-6z" fill="#fff"/><path d="M13 19h2v9h-2zM19 19h2v9h-2zM25 19h2v9h-2z" fill="#fff"/></svg>'),
        tagline: 'État civil, inscriptions scolaires, urbanisme : demandez-moi où trouver la bonne démarche.',
      },
      user: { name: 'Vous', avatar: 'data:image/svg+xml;utf8,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" rx="20" fill="#c7d4cc"/></svg>') },
    })
    .withConversationOptions({
      conversationStarters: [
        { prompt: 'Comment refaire ma carte d’identité ?' },
        { prompt: 'Inscrire mon enfant à l’école' },
      ],
    })
    .withComposerOptions({ placeholder: 'Écrivez votre question…', autoFocus: true })
    .withDisplayOptions({ themeId: 'luna', colorScheme: 'light', height: 470 });
  chat.mount(host);
}

function togglePanel(open) {
  if (open && !chat) buildPanel();
  panel.hidden = !open;
  pill.setAttribute('aria-expanded', String(open));
  pill.hidden = open;
}

pill.addEventListener('click', () => togglePanel(true));

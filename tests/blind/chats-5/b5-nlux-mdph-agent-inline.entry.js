import { createAiChat } from '@nlux/core';
import '@nlux/themes/nova.css';

const FICHES = [
  [/aeeh|enfant/i, 'L’AEEH (allocation d’éducation de l’enfant handicapé) se demande avec le formulaire Cerfa 15692 et un certificat médical de moins d’un an.'],
  [/aah|allocation adulte/i, 'L’AAH se demande à la MDPH ; c’est la Caf qui la verse une fois la décision de la CDAPH prise.'],
  [/carte|cmi|stationnement/i, 'La carte mobilité inclusion (CMI) a trois mentions : invalidité, priorité et stationnement.'],
  [/d[ée]lai|dossier/i, 'Le délai moyen de traitement d’un dossier est de 4 mois dans notre département.'],
];

const adapter = {
  batchText: async (message) => {
    const hit = FICHES.find(([re]) => re.test(message));
    if (hit) return hit[1];
    try {
      const r = await fetch('http://127.0.0.1:9/mdph/agent', { method: 'POST', body: message });
      return (await r.json()).reponse;
    } catch {
      return 'Je n’ai pas trouvé de réponse. L’accueil de la MDPH vous répond au 00 00 00 00 00 du lundi au vendredi.';
    }
  },
};

createAiChat()
  .withAdapter(adapter)
  .withPersonaOptions({
    assistant: { name: 'Agent conversationnel de la MDPH', tagline: 'Je vous oriente dans vos démarches : AAH, AEEH, carte mobilité inclusion…', avatar: 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 40 40%22%3E%3Ccircle cx=%2220%22 cy=%2220%22 r=%2220%22 fill=%22%236b2d7a%22/%3E%3Ctext x=%2220%22 y=%2226%22 font-size=%2216%22 text-anchor=%22middle%22 fill=%22white%22%3EM%3C/text%3E%3C/svg%3E' },
    user: { name: 'Vous', avatar: 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 40 40%22%3E%3Ccircle cx=%2220%22 cy=%2220%22 r=%2220%22 fill=%22%23999%22/%3E%3C/svg%3E' },
  })
  .withComposerOptions({ placeholder: 'Écrivez votre question…', autoFocus: false })
  .withConversationOptions({ layout: 'bubbles' })
  .withDisplayOptions({ height: 460, colorScheme: 'light' })
  .mount(document.getElementById('mdph-agent'));

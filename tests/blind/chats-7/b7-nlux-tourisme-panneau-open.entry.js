// Tourist office site: NLUX in the site's own floating panel, open at load, Nova theme.
import { createAiChat } from '@nlux/core';
import '@nlux/themes/nova.css';

const answers = [
  [/horaire|ouvert/i, "L'office de tourisme est ouvert du lundi au samedi, de 9 h 30 à 18 h."],
  [/visite|guid/i, 'Les visites guidées de la vieille ville partent de l’office à 10 h 30 et 15 h, sur réservation.'],
];
const adapter = {
  batchText: async (message) => {
    for (const [re, a] of answers) if (re.test(message)) return a;
    return 'Je n’ai pas trouvé de réponse. Vous pouvez écrire à accueil@tourisme-baie.example.';
  },
};

createAiChat()
  .withAdapter(adapter)
  .withPersonaOptions({
    assistant: { name: 'Marin', avatar: 'https://127.0.0.1:9/marin.png', tagline: "Assistant IA de l'Office de tourisme de la Baie" },
    user: { name: 'Vous', avatar: 'https://127.0.0.1:9/vous.png' },
  })
  .withDisplayOptions({ themeId: 'nova', colorScheme: 'light', height: 380 })
  .withComposerOptions({ placeholder: 'Une question sur votre séjour ?' })
  .mount(document.getElementById('ot-chat-body'));

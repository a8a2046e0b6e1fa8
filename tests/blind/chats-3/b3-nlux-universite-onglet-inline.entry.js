import { createAiChat } from '@nlux/core';
import '@nlux/themes/nova.css';

// Bibliothèque universitaire (fictive) : NLUX dans l'onglet « Poser une question » d'un bloc à onglets,
// actif au chargement. Adaptateur local (pas de serveur).
const fiches = [
  [/horaire|ouvert/i, 'La BU Sciences est ouverte du lundi au vendredi de 8 h à 22 h et le samedi de 9 h à 18 h.'],
  [/pr[eê]t|emprunt/i, 'Vous pouvez emprunter 15 documents pour 3 semaines, prolongeables une fois depuis votre compte lecteur.'],
  [/salle|r[ée]serv/i, 'Les salles de travail en groupe se réservent en ligne, pour 3 heures au plus par jour.'],
];
const adapter = {
  batchText: async (message) => {
    const f = fiches.find(([re]) => re.test(message));
    return f ? f[1] : 'Je n’ai pas trouvé. Essayez le service « Une question ? Un bibliothécaire répond » par courriel.';
  },
};
createAiChat()
  .withAdapter(adapter)
  .withPersonaOptions({
    assistant: { name: 'Assistant de la BU', avatar: 'data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" rx="20" fill="%23004f9f"/><path d="M11 12h8v17h-8zM21 12h8v17h-8z" fill="white"/></svg>', tagline: 'Réponses générées par intelligence artificielle à partir du guide du lecteur' },
    user: { name: 'Vous', avatar: 'data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" rx="20" fill="%23ccc"/></svg>' },
  })
  .withConversationOptions({
    conversationStarters: [
      { prompt: 'Quels sont les horaires de la BU ?' },
      { prompt: 'Combien de livres puis-je emprunter ?' },
      { prompt: 'Comment réserver une salle de groupe ?' },
    ],
  })
  .withComposerOptions({ placeholder: 'Votre question sur la bibliothèque' })
  .withDisplayOptions({ themeId: 'nova', colorScheme: 'light', height: 460 })
  .mount(document.getElementById('onglet-question'));

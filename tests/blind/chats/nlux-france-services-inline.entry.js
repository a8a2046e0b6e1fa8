// France Services page: NLUX AI chat (npm @nlux/core) inline, with a local adapter.
import { createAiChat } from '@nlux/core';
import '@nlux/themes/nova.css';

const adapter = {
  streamText: (message, observer) => {
    observer.next('Merci pour votre question. Pour cette démarche, munissez-vous d’une pièce d’identité et de votre dernier avis d’imposition.');
    observer.complete();
  },
};

createAiChat()
  .withAdapter(adapter)
  .withPersonaOptions({
    assistant: {
      name: 'Assistant IA France services',
      avatar: 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 40 40%22%3E%3Ccircle cx=%2220%22 cy=%2220%22 r=%2220%22 fill=%22%23000091%22/%3E%3C/svg%3E',
      tagline: 'Réponses générées automatiquement. Un conseiller vérifie votre dossier.',
    },
    user: { name: 'Vous', avatar: 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 40 40%22%3E%3Ccircle cx=%2220%22 cy=%2220%22 r=%2220%22 fill=%22%23999%22/%3E%3C/svg%3E' },
  })
  .withConversationOptions({ conversationStarters: [{ prompt: 'Quels papiers pour ma demande de retraite ?' }, { prompt: 'Comment obtenir un acte de naissance ?' }] })
  .withComposerOptions({ placeholder: 'Décrivez votre démarche' })
  .withDisplayOptions({ colorScheme: 'light', width: '100%', height: '100%' })
  .mount(document.getElementById('fs-chat'));

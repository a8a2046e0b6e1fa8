// Agence de l'eau: the "Aides et redevances" page puts CopilotKit's CopilotChat (the
// embeddable component, not the popup or the sidebar) in the page's content column,
// with French labels, the agency's colours and a custom class.
import { createRoot } from 'react-dom/client';
import { CopilotKit } from '@copilotkit/react-core';
import { CopilotChat } from '@copilotkit/react-ui';
import '@copilotkit/react-ui/styles.css';

function AidesAssistant() {
  return (
    <CopilotKit runtimeUrl="http://127.0.0.1:9/api/copilotkit" showDevConsole={false}>
      <div
        className="aides-chat"
        style={{
          '--copilot-kit-primary-color': '#0063cb',
          '--copilot-kit-contrast-color': '#ffffff',
          '--copilot-kit-background-color': '#ffffff',
          '--copilot-kit-secondary-color': '#f5f5fe',
          height: '480px',
          border: '1px solid #dddddd',
        }}
      >
        <CopilotChat
          className="aides-chat__inner"
          instructions="Tu renseignes les usagers sur les aides et redevances de l'Agence de l'eau."
          labels={{
            title: 'Assistant aides et redevances',
            initial: [
              'Bonjour, je suis l’assistant IA de l’Agence de l’eau. Mes réponses sont générées par une intelligence artificielle et peuvent comporter des erreurs : elles ne remplacent pas l’instruction de votre dossier.',
              'Vous pouvez m’interroger sur les aides aux collectivités, aux agriculteurs et aux entreprises, ou sur le calcul des redevances.',
            ],
            placeholder: 'Posez votre question…',
            error: 'Le service ne répond pas pour le moment. Réessayez plus tard.',
            stopGenerating: 'Arrêter',
            regenerateResponse: 'Régénérer la réponse',
            copyToClipboard: 'Copier',
            thumbsUp: 'Réponse utile',
            thumbsDown: 'Réponse inutile',
            copied: 'Copié !',
          }}
        />
      </div>
    </CopilotKit>
  );
}

createRoot(document.getElementById('aides-assistant')).render(<AidesAssistant />);

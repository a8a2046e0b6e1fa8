// Portail des aides: CopilotKit sidebar (npm @copilotkit/react-ui) open at load.
import { CopilotKit } from '@copilotkit/react-core';
import { CopilotSidebar } from '@copilotkit/react-ui';
import '@copilotkit/react-ui/styles.css';
import { createRoot } from 'react-dom/client';

const host = document.createElement('div');
document.body.appendChild(host);

createRoot(host).render(
  <CopilotKit runtimeUrl="http://127.0.0.1:9/api/copilotkit" showDevConsole={false}>
    <CopilotSidebar
      defaultOpen
      labels={{
        title: 'Assistant du portail',
        initial: 'Bonjour, je vous aide à trouver les aides à l’embauche. Réponses générées automatiquement par une IA : vérifiez les informations importantes.',
        placeholder: 'Décrivez votre projet d’embauche',
      }}
    />
  </CopilotKit>,
);

// France Rénov' site: CopilotKit popup (npm @copilotkit/react-ui), closed at load.
import { CopilotKit } from '@copilotkit/react-core';
import { CopilotPopup } from '@copilotkit/react-ui';
import '@copilotkit/react-ui/styles.css';
import { createRoot } from 'react-dom/client';

const host = document.createElement('div');
host.id = 'france-renov-copilot';
document.body.appendChild(host);
document.documentElement.style.setProperty('--copilot-kit-primary-color', '#000091');

createRoot(host).render(
  <CopilotKit runtimeUrl="http://127.0.0.1:9/api/copilotkit" showDevConsole={false}>
    <CopilotPopup
      defaultOpen={false}
      clickOutsideToClose
      labels={{
        title: 'Assistant IA France Rénov’',
        initial: 'Bonjour ! Je suis un assistant d’intelligence artificielle. Je peux vous expliquer les conditions de MaPrimeRénov’.',
        placeholder: 'Votre question sur les aides',
      }}
    />
  </CopilotKit>,
);

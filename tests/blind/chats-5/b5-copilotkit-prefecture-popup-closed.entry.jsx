import { createRoot } from 'react-dom/client';
import { CopilotKit } from '@copilotkit/react-core';
import { CopilotPopup } from '@copilotkit/react-ui';
import '@copilotkit/react-ui/styles.css';

function App() {
  return (
    <CopilotKit runtimeUrl="http://127.0.0.1:9/copilotkit" showDevConsole={false}>
      <CopilotPopup
        defaultOpen={false}
        clickOutsideToClose={false}
        instructions="Tu aides les usagers de la préfecture pour leurs démarches d’étrangers. Réponds en français."
        labels={{
          title: 'Assistant IA de la préfecture',
          initial: 'Bonjour, je suis un assistant d’intelligence artificielle. Mes réponses sont générées automatiquement : vérifiez-les sur la page de la démarche.',
          placeholder: 'Votre question sur votre titre de séjour…',
          stopGenerating: 'Arrêter',
          regenerateResponse: 'Régénérer la réponse',
        }}
      />
    </CopilotKit>
  );
}

createRoot(document.getElementById('assistant-prefecture')).render(<App />);

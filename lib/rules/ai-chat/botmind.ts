import { defineRule } from '../define-rule';

export default defineRule({
  id: 'botmind',
  kind: 'ai-chat',
  vendor: 'Botmind',
  chatKind: 'hybrid',
  description: {
    fr: 'Assistant Botmind (éditeur français) : réponses automatiques par IA et conseillers humains.',
    en: 'Botmind assistant (French vendor): AI automatic answers and human agents.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)[a-z0-9.-]*\\.botmind\\.io/', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bbotmindWidget\\b|\\.botmind\\.io/', weight: 0.8 },
    { type: 'page-global', name: 'botmindWidget', weight: 0.4 },
  ],
  sources: ['https://www.botmind.io/', 'https://github.com/enthec/webappanalyzer'],
});

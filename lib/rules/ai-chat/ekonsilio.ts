import { defineRule } from '../define-rule';

export default defineRule({
  id: 'ekonsilio',
  kind: 'ai-chat',
  vendor: 'eKonsilio',
  chatKind: 'live_chat',
  description: {
    fr: 'Discussion en ligne eKonsilio (France) : des conseillers externalisés répondent aux visiteurs.',
    en: 'eKonsilio live chat (France): outsourced agents answer visitors.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)script\\.ekonsilio\\.com/', weight: 0.9 },
    { type: 'inline-script', pattern: 'script\\.ekonsilio\\.com', weight: 0.8 },
  ],
  sources: ['https://www.ekonsilio.com/', 'https://github.com/enthec/webappanalyzer'],
});

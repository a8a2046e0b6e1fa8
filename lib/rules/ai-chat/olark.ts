import { defineRule } from '../define-rule';

export default defineRule({
  id: 'olark',
  kind: 'ai-chat',
  vendor: 'Olark',
  chatKind: 'live_chat',
  description: {
    fr: 'Discussion en ligne Olark, avec des conseillers humains.',
    en: 'Olark live chat, with human agents.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)static\\.olark\\.com/jsclient/loader\\.js', weight: 0.9 },
    { type: 'inline-script', pattern: '\\bolark\\s*\\.\\s*identify\\s*\\(|static\\.olark\\.com/jsclient', weight: 0.9 },
    { type: 'selector', selector: '#olark-wrapper', weight: 0.9 },
    { type: 'selector', selector: '#olark-box, [class^="olark-"]', weight: 0.5 },
    { type: 'page-global', name: 'olark', weight: 0.4 },
  ],
  sources: ['https://www.olark.com/api', 'https://github.com/enthec/webappanalyzer'],
});

import { defineRule } from '../define-rule';

export default defineRule({
  id: 'chatwoot',
  kind: 'ai-chat',
  vendor: 'Chatwoot',
  chatKind: 'hybrid',
  description: {
    fr: 'Messagerie libre Chatwoot (souvent auto-hébergée) : conseillers humains et robots ou agent IA.',
    en: 'Chatwoot open-source messaging (often self-hosted): human agents and bots or an AI agent.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)app\\.chatwoot\\.com/packs/js/sdk\\.js', weight: 0.9 },
    // Self-hosted instances serve the same path from their own host; the path alone is generic Rails.
    { type: 'script-src', pattern: '/packs/js/sdk\\.js', weight: 0.5 },
    { type: 'inline-script', pattern: '\\bchatwootSDK\\s*\\.\\s*run\\s*\\(', weight: 0.9 },
    { type: 'selector', selector: '.woot-widget-holder, .woot-widget-bubble, .woot--bubble-holder', weight: 0.9 },
    { type: 'page-global', name: '$chatwoot', weight: 0.4 },
  ],
  sources: ['https://www.chatwoot.com/docs/product/channels/live-chat/sdk/setup', 'https://github.com/chatwoot/chatwoot'],
});

import { defineRule } from '../define-rule';

export default defineRule({
  id: 'hubspot-chat',
  kind: 'ai-chat',
  vendor: 'HubSpot Chat',
  chatKind: 'hybrid',
  description: {
    fr: 'Discussion HubSpot (Conversations) : robots de conversation et conseillers humains.',
    en: 'HubSpot chat (Conversations): chatbots and human agents.',
  },
  signals: [
    { type: 'script-src', pattern: '(?:^|//)js(?:-[a-z0-9]+)?\\.usemessages\\.com/conversations-embed\\.js', weight: 0.9 },
    { type: 'selector', selector: 'script#hubspot-messages-loader, #hubspot-messages-iframe-container, iframe#hubspot-conversations-iframe', weight: 0.9 },
    // The generic HubSpot tracking loader: it only pulls the chat if the portal has one.
    { type: 'script-src', pattern: '(?:^|//)js(?:-[a-z0-9]+)?\\.hs-scripts\\.com/[0-9]+\\.js', weight: 0.3 },
    { type: 'page-global', name: 'HubSpotConversations', weight: 0.4 },
  ],
  sources: ['https://developers.hubspot.com/docs/api/conversation/chat-widget-sdk', 'https://github.com/enthec/webappanalyzer'],
});

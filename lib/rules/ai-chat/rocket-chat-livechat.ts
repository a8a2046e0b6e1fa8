import { defineRule } from '../define-rule';

export default defineRule({
  id: 'rocket-chat-livechat',
  kind: 'ai-chat',
  vendor: 'Rocket.Chat',
  // Omnichannel Livechat puts people in touch with agents; a bot answers only if the site adds one.
  chatKind: 'live_chat',
  description: {
    fr: 'Tchat Rocket.Chat (Livechat), en général tenu par des agents, parfois par un robot.',
    en: 'Rocket.Chat Livechat, usually staffed by agents, sometimes by a bot.',
  },
  signals: [
    // What the loader puts in the page: its container and the frame that holds the widget.
    { type: 'selector', selector: '.rocketchat-widget, #rocketchat-iframe', weight: 0.9 },
    { type: 'script-src', pattern: '/livechat/rocketchat-livechat(?:\\.min)?\\.js', weight: 0.9 },
    { type: 'inline-script', pattern: 'rocketchat-livechat(?:\\.min)?\\.js|\\bRocketChat\\s*\\(\\s*function', weight: 0.9 },
    { type: 'page-global', name: 'RocketChat', weight: 0.4 },
  ],
  sources: ['https://docs.rocket.chat/docs/livechat-widget-installation', 'https://www.npmjs.com/package/@rocket.chat/livechat'],
  checkedWith: [{ package: '@rocket.chat/livechat', version: '1.13.3' }],
});

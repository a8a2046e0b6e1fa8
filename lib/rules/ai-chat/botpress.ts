import { defineRule } from '../define-rule';

export default defineRule({
  id: 'botpress',
  kind: 'ai-chat',
  vendor: 'Botpress',
  chatKind: 'ai_bot',
  description: {
    fr: 'Webchat Botpress (ancienne version auto-hébergée ou Botpress Cloud).',
    en: 'Botpress webchat (self-hosted v12 or Botpress Cloud).',
  },
  signals: [
    { type: 'script-src', pattern: 'cdn\\.botpress\\.cloud/webchat/|/assets/modules/channel-web/inject\\.js|files\\.bpcontent\\.cloud/', weight: 0.9 },
    { type: 'inline-script', pattern: 'botpressWebChat\\s*\\.\\s*(?:init|sendEvent)|window\\.botpress\\s*\\.\\s*init|cdn\\.botpress\\.cloud', weight: 0.8 },
    { type: 'selector', selector: '#bp-web-widget, #bp-web-widget-container, .bpw-floating-button, .bpFab, .bpWebchat', weight: 0.9 },
    // Webchat v4 (@botpress/webchat, React): camel-case bp class names on the launcher, the
    // window and its composer.
    { type: 'selector', selector: '.bpFabContainer, .bpContainer, .bpComposerContainer, .bpHeaderContainer', weight: 0.9 },
    // The window: hidden while the launcher is closed, shown inline or open otherwise.
    { type: 'selector', selector: '.bpContainer', weight: 0.9, panel: true },
    { type: 'iframe-src', pattern: '/lite/\\?m=channel-web|cdn\\.botpress\\.cloud/webchat/', weight: 0.9 },
    { type: 'page-global', name: 'botpressWebChat', weight: 0.4 },
    { type: 'page-global', name: 'botpress', weight: 0.4 },
  ],
  checkedWith: [{ package: '@botpress/webchat', version: '4.5.2' }],
  sources: ['https://botpress.com/docs/webchat', 'https://v12.botpress.com/messaging-channels/botpress-webchat/'],
});

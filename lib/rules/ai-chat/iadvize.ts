import { defineRule } from '../define-rule';

export default defineRule({
  id: 'iadvize',
  kind: 'ai-chat',
  vendor: 'iAdvize',
  chatKind: 'hybrid',
  description: {
    fr: 'Messagerie iAdvize : conseillers, experts et agents IA (« Copilots ») répondent aux visiteurs.',
    en: 'iAdvize messaging: agents, experts and AI agents ("Copilots") answer visitors.',
  },
  signals: [
    // ha/halc = current EU platform, lc = legacy; the boxed tag is the sandboxed variant.
    { type: 'script-src', pattern: '(?:^|//)(?:lc|halc|ha)\\.iadvize\\.com/iadvize\\.js|static\\.iadvize\\.com/boxed-tag/', weight: 0.9 },
    { type: 'inline-script', pattern: '\\biAdvizeInterface\\b|\\biAdvizeBoxedInterface\\b|\\binitIAdvize(?:Iframe|Host)\\b|\\.iadvize\\.com/iadvize\\.js', weight: 0.9 },
    // Legacy chatbox ids, seen in one integration only (the current chatbox DOM is not documented).
    { type: 'selector', selector: '#idz_chatglobal, .idz_msg_visitor', weight: 0.5 },
    { type: 'page-global', name: 'iAdvizeInterface', weight: 0.4 },
    { type: 'page-global', name: 'iAdvize', weight: 0.4 },
  ],
  sources: [
    'https://developers.iadvize.com/documentation/javascript-web-sdk',
    'https://www.npmjs.com/package/@iadvize-oss/boxed-tag',
    'https://docs.tealium.com/client-side-tags/iadvize-tag/',
  ],
});

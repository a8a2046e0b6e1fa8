import { defineRule } from '../define-rule';

export default defineRule({
  id: 'genesys-cloud-messenger',
  kind: 'ai-chat',
  vendor: 'Genesys Cloud Messenger',
  chatKind: 'hybrid',
  description: {
    fr: 'Messagerie Genesys Cloud : robots (flux Architect) et conseillers du centre de contact.',
    en: 'Genesys Cloud messaging: bots (Architect flows) and contact-centre agents.',
  },
  signals: [
    { type: 'script-src', pattern: '/genesys-bootstrap/genesys(?:\\.min)?\\.js', weight: 0.9 },
    { type: 'inline-script', pattern: '\\b_genesysJs\\b|/genesys-bootstrap/genesys', weight: 0.9 },
    { type: 'selector', selector: 'iframe#genesys-mxg-frame, iframe.genesys-mxg-frame, iframe#genesys-mxg-container-frame', weight: 0.9 },
    // Older Genesys Widgets (PureCloud web chat).
    { type: 'script-src', pattern: 'apps\\.mypurecloud\\.[a-z.]+/widgets/[0-9.]+/', weight: 0.9 },
    { type: 'selector', selector: '#genesys-messenger, .cx-widget.cx-webchat', weight: 0.5 },
    { type: 'page-global', name: '_genesysJs', weight: 0.4 },
    { type: 'page-global', name: 'Genesys', weight: 0.3 },
  ],
  sources: [
    'https://developer.genesys.cloud/commdigital/digital/webmessaging/messengersdk/',
    'https://help.mypurecloud.com/articles/deploy-messenger/',
  ],
});

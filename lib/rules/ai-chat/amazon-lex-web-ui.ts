import { defineRule } from '../define-rule';

export default defineRule({
  id: 'amazon-lex-web-ui',
  kind: 'ai-chat',
  vendor: 'Amazon Lex Web UI',
  chatKind: 'ai_bot',
  description: {
    fr: 'Chatbot Amazon Lex, affiché par l’interface web d’AWS hébergée par le site.',
    en: 'Amazon Lex chatbot, shown by the AWS web interface the site hosts itself.',
  },
  signals: [
    // Self-hosted (CloudFront, S3 or the site itself): the file names are the signature.
    { type: 'script-src', pattern: '/lex-web-ui-loader(?:\\.min)?\\.js', weight: 0.9 },
    { type: 'script-src', pattern: '/initiate-loader\\.js', weight: 0.4 },
    { type: 'inline-script', pattern: '\\bChatBotUiLoader\\s*\\.\\s*(?:IframeLoader|FullPageLoader)\\b', weight: 0.9 },
    { type: 'selector', selector: '#lex-web-ui-iframe, .lex-web-ui-iframe, #lex-web-ui-fullpage', weight: 0.9 },
    { type: 'iframe-src', pattern: '[?&#/]lexWebUiEmbed=true', weight: 0.9 },
    { type: 'page-global', name: 'ChatBotUiLoader', weight: 0.4 },
  ],
  sources: ['https://github.com/aws-samples/aws-lex-web-ui'],
});

import type { RuleInput } from './schema';
import dydu from './ai-chat/dydu';
import botpress from './ai-chat/botpress';
import dialogflowMessenger from './ai-chat/dialogflow-messenger';
import botFrameworkWebchat from './ai-chat/bot-framework-webchat';
import zendesk from './ai-chat/zendesk';
import intercom from './ai-chat/intercom';
import crisp from './ai-chat/crisp';
import tawkTo from './ai-chat/tawk-to';
import tarteaucitronChatService from './ai-chat/tarteaucitron-chat-service';
import unbrandedAssistant from './ai-chat/unbranded-assistant';
import crpaAlgorithmicDecisionMention from './decision-notice/crpa-algorithmic-decision-mention';
import aiGeneratedLabel from './ai-content/ai-generated-label';
import jsonLdDigitalSourceType from './ai-content/json-ld-digital-source-type';

/**
 * Every rule the detector runs. The registry test parses this list with `ruleSetSchema` and checks
 * that each id equals its file name and has a fixture; the engine compiles it without zod.
 */
export const RULES: readonly RuleInput[] = [
  dydu,
  botpress,
  dialogflowMessenger,
  botFrameworkWebchat,
  zendesk,
  intercom,
  crisp,
  tawkTo,
  tarteaucitronChatService,
  unbrandedAssistant,
  crpaAlgorithmicDecisionMention,
  aiGeneratedLabel,
  jsonLdDigitalSourceType,
];

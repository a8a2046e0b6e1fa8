import type { RuleInput } from './schema';
import dydu from './ai-chat/dydu';
import botpress from './ai-chat/botpress';
import dialogflowMessenger from './ai-chat/dialogflow-messenger';
import botFrameworkWebchat from './ai-chat/bot-framework-webchat';
import rasa from './ai-chat/rasa';
import deepChat from './ai-chat/deep-chat';
import copilotkit from './ai-chat/copilotkit';
import flowise from './ai-chat/flowise';
import n8nChat from './ai-chat/n8n-chat';
import nlux from './ai-chat/nlux';
import rocketChatLivechat from './ai-chat/rocket-chat-livechat';
import typebot from './ai-chat/typebot';
import zendesk from './ai-chat/zendesk';
import intercom from './ai-chat/intercom';
import crisp from './ai-chat/crisp';
import tawkTo from './ai-chat/tawk-to';
// Chat vendors: AI platforms, customer-service suites, French products.
import inbenta from './ai-chat/inbenta';
import iadvize from './ai-chat/iadvize';
import tock from './ai-chat/tock';
import clevy from './ai-chat/clevy';
import cmCom from './ai-chat/cm-com';
import sapConversationalAi from './ai-chat/sap-conversational-ai';
import copilotStudio from './ai-chat/copilot-studio';
import watsonxAssistant from './ai-chat/watsonx-assistant';
import amazonLexWebUi from './ai-chat/amazon-lex-web-ui';
import voiceflow from './ai-chat/voiceflow';
import chatbase from './ai-chat/chatbase';
import ada from './ai-chat/ada';
import yellowAi from './ai-chat/yellow-ai';
import koreAi from './ai-chat/kore-ai';
import cognigy from './ai-chat/cognigy';
import sinchChat from './ai-chat/sinch-chat';
import landbot from './ai-chat/landbot';
import boostAi from './ai-chat/boost-ai';
import dify from './ai-chat/dify';
import zendeskChat from './ai-chat/zendesk-chat';
import freshchat from './ai-chat/freshchat';
import hubspotChat from './ai-chat/hubspot-chat';
import livechat from './ai-chat/livechat';
import salesforceEmbeddedMessaging from './ai-chat/salesforce-embedded-messaging';
import salesforceSnapIns from './ai-chat/salesforce-snap-ins';
import genesysCloudMessenger from './ai-chat/genesys-cloud-messenger';
import drift from './ai-chat/drift';
import tidio from './ai-chat/tidio';
import olark from './ai-chat/olark';
import liveperson from './ai-chat/liveperson';
import userlike from './ai-chat/userlike';
import smartsupp from './ai-chat/smartsupp';
import kustomer from './ai-chat/kustomer';
import gorgias from './ai-chat/gorgias';
import chatlio from './ai-chat/chatlio';
import zohoSalesiq from './ai-chat/zoho-salesiq';
import purechat from './ai-chat/purechat';
import pipedriveLeadbooster from './ai-chat/pipedrive-leadbooster';
import collectChat from './ai-chat/collect-chat';
import facebookCustomerChat from './ai-chat/facebook-customer-chat';
import userCom from './ai-chat/user-com';
import manychat from './ai-chat/manychat';
import chatwoot from './ai-chat/chatwoot';
import jivochat from './ai-chat/jivochat';
import brevoConversations from './ai-chat/brevo-conversations';
import wikit from './ai-chat/wikit';
import tolkAi from './ai-chat/tolk-ai';
import botmind from './ai-chat/botmind';
import ideta from './ai-chat/ideta';
import ekonsilio from './ai-chat/ekonsilio';
import smilee from './ai-chat/smilee';
import studizz from './ai-chat/studizz';
import ubib from './ai-chat/ubib';
import weply from './ai-chat/weply';
import roboFabrica from './ai-chat/robo-fabrica';
import tarteaucitronChatService from './ai-chat/tarteaucitron-chat-service';
import axeptioChatVendor from './ai-chat/axeptio-chat-vendor';
import didomiChatVendor from './ai-chat/didomi-chat-vendor';
import unbrandedAssistant from './ai-chat/unbranded-assistant';
import crpaAlgorithmicDecisionMention from './decision-notice/crpa-algorithmic-decision-mention';
import aiGeneratedLabel from './ai-content/ai-generated-label';
import automatedDecisionNotice from './decision-notice/automated-decision-notice';
import parcoursupExaminationNotice from './decision-notice/parcoursup-examination-notice';
import riskScoringNotice from './decision-notice/risk-scoring-notice';
import jsonLdDigitalSourceType from './ai-content/json-ld-digital-source-type';
import aiDisclosureMarkup from './ai-content/ai-disclosure-markup';
import aiUseStatement from './ai-content/ai-use-statement';
import webchatAiGeneratedBadge from './ai-content/webchat-ai-generated-badge';
import chatbotAiDisclaimer from './ai-content/chatbot-ai-disclaimer';

/**
 * Every rule the detector runs. The registry test parses this list with `ruleSetSchema` and checks
 * that each id equals its file name and has a fixture; the engine compiles it without zod.
 */
export const RULES: readonly RuleInput[] = [
  dydu,
  botpress,
  dialogflowMessenger,
  botFrameworkWebchat,
  rasa,
  deepChat,
  copilotkit,
  flowise,
  n8nChat,
  nlux,
  rocketChatLivechat,
  typebot,
  zendesk,
  intercom,
  crisp,
  tawkTo,
  inbenta,
  iadvize,
  tock,
  clevy,
  cmCom,
  sapConversationalAi,
  copilotStudio,
  watsonxAssistant,
  amazonLexWebUi,
  voiceflow,
  chatbase,
  ada,
  yellowAi,
  koreAi,
  cognigy,
  sinchChat,
  landbot,
  boostAi,
  dify,
  zendeskChat,
  freshchat,
  hubspotChat,
  livechat,
  salesforceEmbeddedMessaging,
  salesforceSnapIns,
  genesysCloudMessenger,
  drift,
  tidio,
  olark,
  liveperson,
  userlike,
  smartsupp,
  kustomer,
  gorgias,
  chatlio,
  zohoSalesiq,
  purechat,
  pipedriveLeadbooster,
  collectChat,
  facebookCustomerChat,
  userCom,
  manychat,
  chatwoot,
  jivochat,
  brevoConversations,
  wikit,
  tolkAi,
  botmind,
  ideta,
  ekonsilio,
  smilee,
  studizz,
  ubib,
  weply,
  roboFabrica,
  tarteaucitronChatService,
  axeptioChatVendor,
  didomiChatVendor,
  unbrandedAssistant,
  crpaAlgorithmicDecisionMention,
  automatedDecisionNotice,
  parcoursupExaminationNotice,
  riskScoringNotice,
  aiGeneratedLabel,
  jsonLdDigitalSourceType,
  aiDisclosureMarkup,
  aiUseStatement,
  webchatAiGeneratedBadge,
  chatbotAiDisclaimer,
];

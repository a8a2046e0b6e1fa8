import { browser } from 'wxt/browser';
import {
  reportResponseSchema,
  showFindingResponseSchema,
  type GetReportMessage,
  type ScanTabMessage,
  type ShowFindingMessage,
  type ShowFindingResponse,
} from '../messaging/protocol';
import type { Report } from '../report/schema';

/** The background did not answer, or answered something that does not match the protocol. */
export class ClientError extends Error {
  override name = 'ClientError';
}

/** How a message reaches the background; replaced in tests. */
export type SendMessage = (message: unknown) => Promise<unknown>;

const sendToBackground: SendMessage = (message) => browser.runtime.sendMessage(message);

async function request<T>(
  message: GetReportMessage | ScanTabMessage | ShowFindingMessage,
  parse: (answer: unknown) => { success: true; data: T } | { success: false },
  send: SendMessage,
): Promise<T> {
  let answer: unknown;
  try {
    answer = await send(message);
  } catch (error) {
    throw new ClientError(`${message.type}: no answer`, { cause: error });
  }
  // The popup only ever renders data that passed the protocol schema.
  const parsed = parse(answer);
  if (!parsed.success) throw new ClientError(`${message.type}: invalid answer`);
  return parsed.data;
}

/** The last report of a tab, or null when the tab has not been analysed. Throws `ClientError`. */
export function getReport(tabId: number, send: SendMessage = sendToBackground): Promise<Report | null> {
  return request({ type: 'getReport', tabId }, (a) => reportResponseSchema.safeParse(a), send);
}

/**
 * Analyses the tab now and answers with its report, or null when the page cannot be analysed
 * (browser pages, stores). Throws `ClientError`.
 */
export function scanTab(tabId: number, send: SendMessage = sendToBackground): Promise<Report | null> {
  return request({ type: 'scanTab', tabId }, (a) => reportResponseSchema.safeParse(a), send);
}

/** Asks the page to highlight the element of a finding. Throws `ClientError`. */
export function showFinding(
  tabId: number,
  findingId: string,
  send: SendMessage = sendToBackground,
): Promise<ShowFindingResponse> {
  return request({ type: 'showFinding', tabId, findingId }, (a) => showFindingResponseSchema.safeParse(a), send);
}

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ClientError, getReport, scanTab, showFinding } from '../../lib/ui/client';

const validReport = {
  schemaVersion: 2,
  url: 'https://www.caf.fr/',
  scannedAt: '2025-03-14T10:00:00.000Z',
  publicService: { isPublicService: true, reason: 'public-sector-host-list' },
  findings: [
    {
      id: 'ai-chat-zendesk',
      kind: 'ai-chat',
      ruleId: 'ai-chat-zendesk',
      level: 'detected',
      score: 0.9,
      evidence: [{ signal: 'script-src', matched: 'x', where: 'y' }],
    },
  ],
};

/** Plays the background: records messages and answers with `answer`. */
function background(answer: unknown) {
  const received: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    received.push(message);
    return Promise.resolve(answer);
  });
  return received;
}

describe('message client', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('getReport sends {type, tabId} and returns the parsed report with defaults', async () => {
    const received = background(validReport);
    const report = await getReport(7);
    expect(received).toEqual([{ type: 'getReport', tabId: 7 }]);
    expect(report?.findings[0]?.state).toBe('present');
    expect(report?.findings[0]?.frameId).toBe(0);
  });

  it('scanTab passes null through (page that cannot be analysed)', async () => {
    // fake-browser drops falsy answers (it returns the first truthy one), so send is injected here.
    const send = vi.fn().mockResolvedValue(null);
    await expect(scanTab(3, send)).resolves.toBeNull();
    expect(send).toHaveBeenCalledWith({ type: 'scanTab', tabId: 3 });
  });

  it('scanTab returns the report through the runtime', async () => {
    const received = background(validReport);
    await expect(scanTab(3)).resolves.toMatchObject({ url: 'https://www.caf.fr/' });
    expect(received).toEqual([{ type: 'scanTab', tabId: 3 }]);
  });

  it.each([
    ['undefined', undefined],
    ['a string', '<b>report</b>'],
    ['a wrong version', { ...validReport, schemaVersion: 1 }],
    ['an unknown kind', { ...validReport, findings: [{ ...validReport.findings[0], kind: 'other' }] }],
    ['a finding without evidence', { ...validReport, findings: [{ ...validReport.findings[0], evidence: [] }] }],
  ])('rejects %s as a ClientError', async (_name, answer) => {
    background(answer);
    await expect(getReport(1)).rejects.toBeInstanceOf(ClientError);
  });

  it('turns a failed send into a ClientError', async () => {
    const send = vi.fn().mockRejectedValue(new Error('Could not establish connection'));
    await expect(scanTab(1, send)).rejects.toBeInstanceOf(ClientError);
  });

  it('showFinding sends the finding id and checks the answer', async () => {
    const received = background({ shown: true });
    await expect(showFinding(4, 'ai-chat-zendesk')).resolves.toEqual({ shown: true });
    expect(received).toEqual([{ type: 'showFinding', tabId: 4, findingId: 'ai-chat-zendesk' }]);
    const send = vi.fn().mockResolvedValue({ shown: 'yes' });
    await expect(showFinding(4, 'x', send)).rejects.toBeInstanceOf(ClientError);
  });
});

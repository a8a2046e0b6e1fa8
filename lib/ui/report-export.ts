import type { Report } from '../report/schema';
import { pageHost } from './labels';

/** The exported file's content: the validated report, indented so that a person can read it. */
export function reportToJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** `vigie-rapport-<host>-<YYYY-MM-DD>.json`, dated by the scan, safe as a file name everywhere. */
export function reportFileName(report: Pick<Report, 'url' | 'scannedAt'>): string {
  const host = pageHost(report.url).replace(/[^a-z0-9.-]/gi, '') || 'page';
  const date = /^\d{4}-\d{2}-\d{2}/.exec(report.scannedAt)?.[0] ?? 'sans-date';
  return `vigie-rapport-${host}-${date}.json`;
}

/**
 * Saves text as a file through a temporary link: needs no `downloads` permission.
 * The object URL is released on the next task, once the click has started the download.
 */
export function downloadTextFile(fileName: string, text: string, doc: Document = document, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { imageCheckMessage, useCheckedReport } from '../../components/image-check';
import { ReportView } from '../../components/report-view';
import { TranslateContext } from '../../lib/i18n/context';
import { createTranslator } from '../../lib/i18n/translate';
import type { ImageScanSummary } from '../../lib/messaging/protocol';
import { reportSchema, type Report } from '../../lib/report/schema';

const t = createTranslator(fr);
const tEn = createTranslator(en);
// Collapses spaces but keeps the non-breaking ones French typography needs.
const text = (el: Element | null) => el?.textContent?.replace(/[ \t\n\r]+/g, ' ').trim();

const summary = (over: Partial<ImageScanSummary> = {}): ImageScanSummary => ({
  checked: 0,
  skippedOtherOrigin: 0,
  withC2pa: 0,
  withAiDeclaration: 0,
  failed: 0,
  ...over,
});

describe('imageCheckMessage', () => {
  it.each<[Partial<ImageScanSummary>, string]>([
    [{ checked: 12, withAiDeclaration: 1, withC2pa: 1 }, '12 images lues\u00a0: 1 déclare un contenu généré par IA (déclaré dans le fichier, non vérifié). 1 image contient des Content Credentials (C2PA).'],
    [{ checked: 1 }, '1 image lue\u00a0: aucune déclaration — cela ne prouve pas que les images ne sont pas générées par IA.'],
    [{ checked: 3, withAiDeclaration: 2, withC2pa: 2, skippedOtherOrigin: 2 }, '3 images lues\u00a0: 2 déclarent un contenu généré par IA (déclaré dans le fichier, non vérifié). 2 images contiennent des Content Credentials (C2PA). 2 images d’autres sites n’ont pas été lues.'],
    [{ skippedOtherOrigin: 1, failed: 2 }, 'Aucune image de ce site n’a été lue. 1 image d’un autre site n’a pas été lue. 2 images n’ont pas pu être lues.'],
    [
      { checked: 4, withAiDeclaration: 2, withAiInIngredient: 1, withC2pa: 4, c2paUnreadable: 1, c2paIncomplete: 1 },
      '4 images lues\u00a0: 2 déclarent un contenu généré par IA (déclaré dans le fichier, non vérifié). 1 image est faite à partir d’une image déclarée générée par IA (déclaration dans le manifeste d’un ingrédient). 4 images contiennent des Content Credentials (C2PA). 1 image a des Content Credentials illisibles (manifeste compressé ou abîmé)\u00a0: Vigie ne peut pas dire ce qu’elles déclarent. 1 image a des Content Credentials incomplètes ou trop grandes pour être lues en entier (plus de 2\u00a0Mo)\u00a0: Vigie ne peut pas dire tout ce qu’elles déclarent.',
    ],
    [
      { checked: 5, withAiDeclaration: 2, withAiInIngredient: 2, withC2pa: 5, c2paUnreadable: 2, c2paIncomplete: 3 },
      '5 images lues\u00a0: 2 déclarent un contenu généré par IA (déclaré dans le fichier, non vérifié). 2 images sont faites à partir d’images déclarées générées par IA (déclaration dans le manifeste d’un ingrédient). 5 images contiennent des Content Credentials (C2PA). 2 images ont des Content Credentials illisibles (manifeste compressé ou abîmé)\u00a0: Vigie ne peut pas dire ce qu’elles déclarent. 3 images ont des Content Credentials incomplètes ou trop grandes pour être lues en entier (plus de 2\u00a0Mo)\u00a0: Vigie ne peut pas dire tout ce qu’elles déclarent.',
    ],
  ])('%j', (over, expected) => {
    expect(imageCheckMessage(summary(over), t)).toBe(expected);
  });

  it('speaks English too', () => {
    expect(imageCheckMessage(summary({ checked: 2, withAiDeclaration: 1, failed: 1 }), tEn)).toBe(
      '2 images read: 1 declares AI-generated content (declared in the file, not verified). 1 image could not be read.',
    );
    expect(imageCheckMessage(summary({ checked: 2, withAiDeclaration: 1, withAiInIngredient: 1, withC2pa: 2, c2paUnreadable: 1 }), tEn)).toBe(
      '2 images read: 1 declares AI-generated content (declared in the file, not verified). 1 image is made from an image declared AI-generated (declared in an ingredient’s manifest). 2 images hold Content Credentials (C2PA). 1 image has unreadable Content Credentials (compressed or damaged manifest): Vigie cannot tell what they declare.',
    );
  });
});

function report(findings: unknown[] = []): Report {
  return reportSchema.parse({
    schemaVersion: 2,
    url: 'https://www.caf.fr/actualites',
    scannedAt: '2025-03-14T10:00:00.000Z',
    publicService: { isPublicService: true, reason: 'national-service-domain', matched: 'caf.fr' },
    findings,
  });
}

const imageFinding = {
  id: 'image-c2pa-ai-declaration',
  kind: 'ai-content',
  ruleId: 'image-c2pa-ai-declaration',
  level: 'detected',
  score: 0.95,
  evidence: [{ signal: 'image-metadata', matched: 'C2PA digitalSourceType: trainedAlgorithmicMedia (Adobe Firefly)', where: 'https://www.caf.fr/a.jpg' }],
  legalRefs: ['AI Act art. 50(2)'],
};

describe('"Vérifier les images" in the report', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    history.replaceState(null, '', '/popup.html?tabId=42');
  });
  afterEach(() => {
    cleanup();
  });

  // As the popup does: it keeps the checked report, so its summary sees the image findings too.
  function Checked({ given }: { given: Report }) {
    const [shown, setShown] = useCheckedReport(given);
    return <ReportView report={shown} onShowFinding={vi.fn()} onImagesChecked={setShown} />;
  }

  function show(given = report()) {
    return render(
      <TranslateContext.Provider value={t}>
        <Checked given={given} />
      </TranslateContext.Provider>,
    );
  }

  it('explains the button, reads the images on click, announces the result and lists the findings', async () => {
    const messages: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      messages.push(message);
      return Promise.resolve({ report: report([imageFinding]), summary: summary({ checked: 3, withAiDeclaration: 1, withC2pa: 1, skippedOtherOrigin: 1 }) });
    });
    show();
    const button = screen.getByRole('button', { name: 'Vérifier les images' });
    expect(button.getAttribute('aria-describedby')).toBe('image-check-intro');
    expect(text(document.getElementById('image-check-intro'))).toBe(
      'Vigie lit les métadonnées des images de ce site (2\u00a0Mo au plus par image) pour y chercher une déclaration d’IA. Les images d’autres sites ne sont pas lues.',
    );
    // Nothing is read before the person asks, and no second live region competes with the popup's.
    expect(messages).toEqual([]);
    expect(screen.queryAllByRole('status')).toHaveLength(0);

    fireEvent.click(button);
    await waitFor(() =>
      expect(text(screen.getByRole('status'))).toBe(
        '3 images lues\u00a0: 1 déclare un contenu généré par IA (déclaré dans le fichier, non vérifié). 1 image contient des Content Credentials (C2PA). 1 image d’un autre site n’a pas été lue.',
      ),
    );
    expect(messages).toEqual([{ type: 'scanImages', tabId: 42 }]);
    expect(text(screen.getByTestId('summary'))).toMatch(/^1\s+élément repéré sur cette page\.$/);
    const item = screen.getByTestId('finding');
    expect(item.dataset.ruleId).toBe('image-c2pa-ai-declaration');
    expect(text(item.querySelector('h3'))).toBe('Image déclarée «\u00a0générée par IA\u00a0» (Content Credentials C2PA)');
    expect(text(item)).toContain('Métadonnées d’une image (C2PA, XMP)');
    // An image file's declaration has nothing to outline on the page.
    expect(screen.queryByTestId('show-finding')).toBeNull();
  });

  it('says so when the images cannot be read, and keeps the report shown', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ error: 'internal' }));
    show(report());
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier les images' }));
    await waitFor(() => expect(text(screen.getByRole('status'))).toBe('Vigie n’a pas pu lire les images de cette page.'));
    expect(text(screen.getByTestId('summary'))).toBe('Rien n’a été repéré sur cette page.');
  });

  it('announces the reading while it lasts, and ignores clicks meanwhile', async () => {
    let answer!: (value: unknown) => void;
    const listener = vi.fn(() => new Promise((resolve) => (answer = resolve)));
    fakeBrowser.runtime.onMessage.addListener(listener);
    show();
    const button = screen.getByRole('button', { name: 'Vérifier les images' });
    fireEvent.click(button);
    await waitFor(() => expect(text(screen.getByRole('status'))).toBe('Lecture des images…'));
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    answer({ report: report(), summary: summary({ checked: 1 }) });
    await waitFor(() => expect(text(screen.getByRole('status'))).toMatch(/^1 image lue/));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(button.getAttribute('aria-disabled')).toBeNull();
  });
});

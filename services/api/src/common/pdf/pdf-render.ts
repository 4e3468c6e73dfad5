import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * The one place that configures pdfmake (a process-wide singleton: fonts and access policies are
 * global to it) and turns a document definition into PDF bytes.
 *
 * Font: Noto Sans SC from the `@expo-google-fonts/noto-sans-sc` package, full TrueType files
 * (≈10 MB a weight) resolved from node_modules, so nothing depends on fonts installed on the host
 * and nothing is fetched. pdfkit (under pdfmake) embeds it as a CID TrueType font *subset*: only the
 * glyphs a document uses go into the file, with a ToUnicode map so its text can be searched and
 * extracted. A three-page form is tens of kilobytes.
 */

/** pdfmake's Node build also exposes its in-memory file store; the published types omit it. */
type PdfMake = typeof import('pdfmake') & {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
};

export const FONT_FAMILY = 'NotoSansSC';

const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

let engine: PdfMake | undefined;

/**
 * pdfmake with the fonts loaded, on first use only: importing the API does not read 20 MB of fonts.
 * The font bytes go into pdfmake's in-memory store once, so a render does not read the disk again.
 * `createRequire(__filename)` resolves from this package's node_modules both in the built dist and
 * under vitest; loading pdfmake through it keeps its CommonJS singleton intact (an ES default
 * import would copy only its own properties, not the methods on its prototype).
 */
function pdfEngine(): PdfMake {
  if (engine) return engine;
  const load = createRequire(__filename);
  const pdfmake = load('pdfmake') as PdfMake;
  pdfmake.virtualfs.writeFileSync('NotoSansSC-Regular.ttf', readFileSync(load.resolve(FONT_FILES.regular)));
  pdfmake.virtualfs.writeFileSync('NotoSansSC-Bold.ttf', readFileSync(load.resolve(FONT_FILES.bold)));
  pdfmake.setFonts({
    [FONT_FAMILY]: {
      normal: 'NotoSansSC-Regular.ttf',
      bold: 'NotoSansSC-Bold.ttf',
      // Chinese forms use no italics; map them to the upright faces rather than fail.
      italics: 'NotoSansSC-Regular.ttf',
      bolditalics: 'NotoSansSC-Bold.ttf',
    },
  });
  // Everything a form needs is in memory (fonts above, images as data URLs): no URL is fetched and
  // no local file is read, whatever a document definition names.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  engine = pdfmake;
  return engine;
}

/**
 * A4 portrait with the margins of an official paper form, and the Chinese font as default.
 * Layout is synchronous CPU work on the calling thread (≈0.2–0.5 s for a few pages after the first
 * call, which also loads the fonts): fine for a download now and then; printing in bulk belongs in a
 * worker thread or a job.
 */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  const doc = pdfEngine().createPdf({
    pageSize: 'A4',
    pageOrientation: 'portrait',
    // Left, top, right, bottom (points): room for the continuation header and the page number.
    pageMargins: [56, 62, 56, 56],
    // A heading (headlineLevel 1) with nothing after it on its page moves to the next page.
    pageBreakBefore: (node, nodes) => node.headlineLevel === 1 && nodes.getFollowingNodesOnPage().length === 0,
    ...definition,
    info: { creator: '双随机、一公开监管平台', producer: 'pdfmake', ...definition.info },
    defaultStyle: { font: FONT_FAMILY, fontSize: 10.5, lineHeight: 1.3, ...definition.defaultStyle },
  });
  return doc.getBuffer();
}

/** A PNG's bytes as the data URL pdfmake takes for an image (no file, no URL). */
export function pngDataUrl(png: Uint8Array): string {
  return `data:image/png;base64,${Buffer.from(png.buffer, png.byteOffset, png.byteLength).toString('base64')}`;
}

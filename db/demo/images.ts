// Lead images for the demo newsroom, drawn at seed time rather than shipped as binaries: abstract
// SVG compositions rendered by sharp into the same files and rows an upload produces
// (data/uploads/<key>-<width>.webp and an `images` row), so the demo exercises the real image path.
import 'server-only';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { uploadsDir } from '@/lib/config';

export const DEMO_IMAGE_WIDTHS = [480, 960, 1440] as const;
const WIDTH = 1440;
const HEIGHT = 810;

export type DemoImageRow = { key: string; mime: string; width: number; height: number; widths: string };

type Palette = [string, string, string, string];

const gradient = (id: string, a: string, b: string, vertical = true) =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="${vertical ? 0 : 1}" y2="${vertical ? 1 : 0}"><stop offset="0" stop-color="${a}"/><stop offset="1" stop-color="${b}"/></linearGradient>`;

/** Each motif is a small drawing in a 1440×810 box; `p` gives its colours. */
const MOTIFS: Record<string, (p: Palette) => string> = {
  harbour: ([sky, sea, sun, ink]) => `
    <defs>${gradient('s', sky, sun)}${gradient('w', sea, ink)}</defs>
    <rect width="1440" height="810" fill="url(#s)"/>
    <circle cx="1040" cy="430" r="150" fill="${sun}" opacity="0.85"/>
    <rect y="470" width="1440" height="340" fill="url(#w)"/>
    ${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="${180 + i * 70}" y="${500 + i * 42}" width="${900 - i * 90}" height="6" rx="3" fill="${sun}" opacity="${0.5 - i * 0.07}"/>`).join('')}
    <path d="M120 470 h260 l-30 -60 h-60 v-90 h-20 v90 h-120 z" fill="${ink}" opacity="0.9"/>`,
  skyline: ([sky, dusk, lit, ink]) => `
    <defs>${gradient('s', sky, dusk)}</defs>
    <rect width="1440" height="810" fill="url(#s)"/>
    ${[
      [40, 380],
      [170, 260],
      [300, 430],
      [420, 200],
      [560, 330],
      [690, 150],
      [820, 300],
      [950, 240],
      [1090, 380],
      [1220, 280],
      [1340, 420],
    ]
      .map(
        ([x, top], i) =>
          `<rect x="${x}" y="${top}" width="${110 + (i % 3) * 10}" height="${810 - top}" fill="${ink}" opacity="${0.75 + (i % 2) * 0.2}"/>` +
          Array.from(
            { length: 6 },
            (_, r) =>
              `<rect x="${x + 20 + (r % 2) * 40}" y="${top + 40 + r * 60}" width="22" height="30" fill="${lit}" opacity="${(r + i) % 3 === 0 ? 0.9 : 0.25}"/>`,
          ).join(''),
      )
      .join('')}`,
  waves: ([top, bottom, line, accent]) => `
    <defs>${gradient('s', top, bottom)}</defs>
    <rect width="1440" height="810" fill="url(#s)"/>
    ${Array.from({ length: 9 }, (_, i) => {
      const y = 180 + i * 70;
      return `<path d="M0 ${y} C 240 ${y - 70}, 480 ${y + 70}, 720 ${y} S 1200 ${y - 70}, 1440 ${y}" stroke="${i % 3 === 0 ? accent : line}" stroke-width="${6 + (i % 3) * 4}" fill="none" opacity="${0.35 + (i % 4) * 0.15}"/>`;
    }).join('')}`,
  circuit: ([bg, bg2, trace, node]) => `
    <defs>${gradient('s', bg, bg2, false)}</defs>
    <rect width="1440" height="810" fill="url(#s)"/>
    ${Array.from({ length: 14 }, (_, i) => {
      const y = 80 + i * 50;
      const x1 = 60 + ((i * 173) % 500);
      const x2 = x1 + 300 + ((i * 97) % 600);
      return `<path d="M${x1} ${y} H${x2 - 60} L${x2} ${y + 40} H1440" stroke="${trace}" stroke-width="4" fill="none" opacity="0.55"/><circle cx="${x1}" cy="${y}" r="12" fill="${node}"/><circle cx="${x2}" cy="${y + 40}" r="7" fill="${trace}"/>`;
    }).join('')}`,
  rings: ([bg, bg2, ring, core]) => `
    <defs>${gradient('s', bg, bg2)}<radialGradient id="c"><stop offset="0" stop-color="${core}"/><stop offset="1" stop-color="${core}" stop-opacity="0"/></radialGradient></defs>
    <rect width="1440" height="810" fill="url(#s)"/>
    <circle cx="720" cy="405" r="260" fill="url(#c)"/>
    ${Array.from({ length: 8 }, (_, i) => `<circle cx="720" cy="405" r="${90 + i * 55}" stroke="${ring}" stroke-width="${3 + (i % 2) * 3}" fill="none" opacity="${0.8 - i * 0.08}" stroke-dasharray="${i % 2 ? '18 14' : 'none'}"/>`).join('')}`,
  hills: ([sky, far, near, sun]) => `
    <defs>${gradient('s', sky, sun)}</defs>
    <rect width="1440" height="810" fill="url(#s)"/>
    <circle cx="360" cy="300" r="110" fill="${sun}" opacity="0.9"/>
    <path d="M0 520 L220 380 L420 470 L640 320 L900 480 L1120 360 L1440 500 V810 H0 z" fill="${far}" opacity="0.8"/>
    <path d="M0 640 C 300 540, 520 700, 820 600 S 1260 560, 1440 640 V810 H0 z" fill="${near}"/>`,
  bars: ([bg, bg2, bar, accent]) => `
    <defs>${gradient('s', bg, bg2)}</defs>
    <rect width="1440" height="810" fill="url(#s)"/>
    ${[220, 310, 260, 400, 370, 470, 430, 560, 520, 610].map((h, i) => `<rect x="${150 + i * 115}" y="${700 - h}" width="70" height="${h}" rx="6" fill="${i === 7 ? accent : bar}" opacity="${0.55 + i * 0.04}"/>`).join('')}
    <path d="M185 ${700 - 240} ${[310, 260, 400, 370, 470, 430, 560, 520, 610].map((h, i) => `L${300 + i * 115} ${680 - h}`).join(' ')}" stroke="${accent}" stroke-width="6" fill="none"/>
    <rect x="120" y="700" width="1200" height="4" fill="${bar}"/>`,
  mosaic: ([a, b, c, d]) => `
    <rect width="1440" height="810" fill="${a}"/>
    ${Array.from({ length: 8 * 5 }, (_, i) => {
      const col = i % 8;
      const row = Math.floor(i / 8);
      const colour = [b, c, d, a][(col * 3 + row * 5) % 4];
      return (col + row) % 3 === 0
        ? `<circle cx="${col * 180 + 90}" cy="${row * 162 + 81}" r="70" fill="${colour}" opacity="0.9"/>`
        : `<rect x="${col * 180 + 14}" y="${row * 162 + 14}" width="152" height="134" rx="${(col * row) % 2 ? 67 : 10}" fill="${colour}" opacity="0.85"/>`;
    }).join('')}`,
};

export type DemoImageSpec = { key: string; motif: keyof typeof MOTIFS; palette: Palette };

function svgFor(spec: DemoImageSpec): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${MOTIFS[spec.motif](spec.palette)}</svg>`,
  );
}

/**
 * Writes every width of each image that is not on disk yet and returns the rows to insert.
 * Files are named by a fixed key, so a second run (or a second process racing the first) rewrites
 * identical files rather than leaving orphans.
 */
export async function writeDemoImages(specs: DemoImageSpec[]): Promise<DemoImageRow[]> {
  const dir = uploadsDir();
  mkdirSync(dir, { recursive: true });
  await Promise.all(
    specs.map(async (spec) => {
      const files = DEMO_IMAGE_WIDTHS.map((w) => ({ w, file: path.join(dir, `${spec.key}-${w}.webp`) }));
      const missing = files.filter((f) => !existsSync(f.file));
      if (missing.length === 0) return;
      // Rasterise once to raw pixels (no PNG round trip), then scale that for each width.
      const full = await sharp(svgFor(spec)).raw().toBuffer({ resolveWithObject: true });
      await Promise.all(
        missing.map(async ({ w, file }) => {
          // Write then rename, so a reader (or a second seeding process) never sees half a file.
          const partial = `${file}.${process.pid}.partial`;
          await sharp(full.data, { raw: full.info })
            .resize({ width: w })
            .webp({ quality: 80, effort: 0 })
            .toFile(partial);
          renameSync(partial, file);
        }),
      );
    }),
  );
  return specs.map((spec) => ({
    key: spec.key,
    mime: 'image/webp',
    width: WIDTH,
    height: HEIGHT,
    widths: JSON.stringify(DEMO_IMAGE_WIDTHS),
  }));
}

// Writes the add-in icons (assets/icon-<size>.png) as plain RGBA PNGs, with nothing but Node's zlib.
//
// Run `node scripts/generateIcons.mjs` after changing the drawing; the PNGs are committed so a build
// never depends on this script. The output is deterministic (no timestamps in the PNG), so re-running
// it without changes leaves the files byte-identical.
//
// The drawing: a rounded square in a dark teal with a white check mark, readable at 16 px on the
// ribbon and at 80 px in the add-in dialogs. Sizes: 16/32/80 for the ribbon button and group,
// 32 for IconUrl, 64 for HighResolutionIconUrl (Office add-in manifest icon requirements). The
// ribbon's step buttons get their own glyph on the same square: a plus (Nieuwe batch), the check
// mark (Controleren) and an arrow onto a tray (Exporteren).

import { Buffer } from 'node:buffer';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 64, 80];
/** The ribbon buttons' own icons (issue #13), assets/icon-<glyph>-<size>.png; Controleren uses the add-in's check mark. */
export const COMMAND_GLYPHS = ['new', 'export'];
export const COMMAND_SIZES = [16, 32, 80];

const BACKGROUND = [0x0b, 0x6a, 0x5a];
const FOREGROUND = [0xff, 0xff, 0xff];
/** Samples per pixel side: 4 x 4 supersampling gives smooth edges without an image library. */
const SUPERSAMPLE = 4;

/** CRC-32 (PNG chunk checksum, ISO 3309 polynomial). */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes `rgba` (size * size * 4 bytes, row-major) as a PNG: colour type 6, 8 bits, no filter. */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter type None
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Distance from point p to segment a-b, all in unit coordinates. */
function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  const x = ax + t * dx - px;
  const y = ay + t * dy - py;
  return Math.sqrt(x * x + y * y);
}

/** Inside a square of side 1 with corner radius r (unit coordinates, origin top-left)? */
function insideRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** The check mark: two strokes, thicker in relative terms on the smallest icon so it stays visible. */
function insideCheckMark(x, y, size) {
  const half = size <= 16 ? 0.085 : 0.07;
  return (
    distanceToSegment(x, y, 0.24, 0.52, 0.42, 0.7) <= half ||
    distanceToSegment(x, y, 0.42, 0.7, 0.77, 0.3) <= half
  );
}

/** A plus sign: "Nieuwe batch". */
function insidePlus(x, y, size) {
  const half = size <= 16 ? 0.085 : 0.07;
  return (
    distanceToSegment(x, y, 0.5, 0.24, 0.5, 0.76) <= half ||
    distanceToSegment(x, y, 0.24, 0.5, 0.76, 0.5) <= half
  );
}

/** An arrow down onto a tray: "Exporteren" (the files go to the Downloads folder). */
function insideExport(x, y, size) {
  const half = size <= 16 ? 0.075 : 0.06;
  return (
    distanceToSegment(x, y, 0.5, 0.2, 0.5, 0.6) <= half ||
    distanceToSegment(x, y, 0.33, 0.45, 0.5, 0.62) <= half ||
    distanceToSegment(x, y, 0.67, 0.45, 0.5, 0.62) <= half ||
    distanceToSegment(x, y, 0.24, 0.62, 0.24, 0.78) <= half ||
    distanceToSegment(x, y, 0.24, 0.78, 0.76, 0.78) <= half ||
    distanceToSegment(x, y, 0.76, 0.78, 0.76, 0.62) <= half
  );
}

const GLYPHS = { check: insideCheckMark, new: insidePlus, export: insideExport };

/** Renders one icon as RGBA bytes (straight alpha); `glyph` is check (the add-in's), new or export. */
export function drawIcon(size, glyph = 'check') {
  const insideGlyph = GLYPHS[glyph];
  const rgba = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let mark = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insideRoundedSquare(x, y, 0.18)) continue;
          cover++;
          if (insideGlyph(x, y, size)) mark++;
        }
      }
      const o = (py * size + px) * 4;
      if (cover === 0) continue; // fully transparent
      const m = mark / cover;
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(BACKGROUND[c] * (1 - m) + FOREGROUND[c] * m);
      rgba[o + 3] = Math.round((255 * cover) / samples);
    }
  }
  return rgba;
}

function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = join(root, 'assets');
  mkdirSync(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(outDir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, drawIcon(size)));
    console.log(`wrote ${file}`);
  }
  for (const glyph of COMMAND_GLYPHS) {
    for (const size of COMMAND_SIZES) {
      const file = join(outDir, `icon-${glyph}-${size}.png`);
      writeFileSync(file, encodePng(size, drawIcon(size, glyph)));
      console.log(`wrote ${file}`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

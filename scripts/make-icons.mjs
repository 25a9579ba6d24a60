// Draws the app icons (a white house on the app's blue) as PNG files, with no dependencies:
// a tiny rasteriser with 4×4 supersampling and a PNG encoder on node:zlib.
//
//   node scripts/make-icons.mjs        (writes static/icons/*.png; the PNGs are committed)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../static/icons');

const BLUE = [0x0b, 0x53, 0x94];
const WHITE = [0xff, 0xff, 0xff];

/**
 * The house in unit coordinates (0..1, y down), one shape per layer, painted in order.
 * @type {{ colour: number[], inside: (x: number, y: number) => boolean }[]}
 */
const HOUSE = [
	{ colour: WHITE, inside: (x, y) => inRect(x, y, 0.63, 0.22, 0.72, 0.42) }, // chimney
	{ colour: WHITE, inside: (x, y) => inTriangle(x, y, [0.5, 0.16], [0.14, 0.49], [0.86, 0.49]) }, // roof
	{ colour: WHITE, inside: (x, y) => inRect(x, y, 0.25, 0.45, 0.75, 0.82) }, // walls
	{ colour: BLUE, inside: (x, y) => inRect(x, y, 0.44, 0.6, 0.56, 0.82) }, // door
	{ colour: BLUE, inside: (x, y) => inRect(x, y, 0.31, 0.54, 0.39, 0.62) }, // window
	{ colour: BLUE, inside: (x, y) => inRect(x, y, 0.61, 0.54, 0.69, 0.62) } // window
];

/** @param {number} x @param {number} y @param {number} x0 @param {number} y0 @param {number} x1 @param {number} y1 */
function inRect(x, y, x0, y0, x1, y1) {
	return x >= x0 && x < x1 && y >= y0 && y < y1;
}

/** @param {number} x @param {number} y @param {number[]} a @param {number[]} b @param {number[]} c */
function inTriangle(x, y, a, b, c) {
	const side = (/** @type {number[]} */ p, /** @type {number[]} */ q) =>
		(q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
	const d1 = side(a, b);
	const d2 = side(b, c);
	const d3 = side(c, a);
	return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

/** Inside a square with rounded corners of radius r (unit coordinates). */
function inRoundedSquare(
	/** @type {number} */ x,
	/** @type {number} */ y,
	/** @type {number} */ r
) {
	const cx = Math.min(Math.max(x, r), 1 - r);
	const cy = Math.min(Math.max(y, r), 1 - r);
	return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/**
 * @param {number} size pixels
 * @param {{ corner: number, scale: number }} options corner radius (0 = full bleed, opaque) and
 *   house scale around the centre (maskable icons keep it inside the 80 % safe zone)
 * @returns {Buffer} RGBA pixels
 */
function draw(size, { corner, scale }) {
	const SS = 4;
	const pixels = Buffer.alloc(size * size * 4);
	for (let py = 0; py < size; py++) {
		for (let px = 0; px < size; px++) {
			let r = 0;
			let g = 0;
			let b = 0;
			let a = 0;
			for (let sy = 0; sy < SS; sy++) {
				for (let sx = 0; sx < SS; sx++) {
					const x = (px + (sx + 0.5) / SS) / size;
					const y = (py + (sy + 0.5) / SS) / size;
					if (corner > 0 && !inRoundedSquare(x, y, corner)) continue;
					const hx = (x - 0.5) / scale + 0.5;
					const hy = (y - 0.5) / scale + 0.5;
					let colour = BLUE;
					for (const layer of HOUSE) if (layer.inside(hx, hy)) colour = layer.colour;
					r += colour[0];
					g += colour[1];
					b += colour[2];
					a += 1;
				}
			}
			const i = (py * size + px) * 4;
			if (a > 0) {
				pixels[i] = Math.round(r / a);
				pixels[i + 1] = Math.round(g / a);
				pixels[i + 2] = Math.round(b / a);
			}
			pixels[i + 3] = Math.round((a / (SS * SS)) * 255);
		}
	}
	return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

/** @param {Buffer} bytes */
function crc32(bytes) {
	let c = 0xffffffff;
	for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

/** @param {string} type @param {Buffer} data */
function chunk(type, data) {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

/** @param {number} size @param {Buffer} rgba */
function png(size, rgba) {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header[8] = 8; // bit depth
	header[9] = 6; // RGBA
	// compression, filter and interlace methods: 0
	const rows = Buffer.alloc(size * (size * 4 + 1));
	for (let y = 0; y < size; y++) {
		rows[y * (size * 4 + 1)] = 0; // filter: none
		rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
	}
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(rows, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

const ICONS = [
	{ file: 'icon-192.png', size: 192, corner: 0.18, scale: 1 },
	{ file: 'icon-512.png', size: 512, corner: 0.18, scale: 1 },
	{ file: 'maskable-512.png', size: 512, corner: 0, scale: 0.8 },
	// iOS draws its own rounded corners and needs an opaque image.
	{ file: 'apple-touch-icon.png', size: 180, corner: 0, scale: 0.9 }
];

mkdirSync(outDir, { recursive: true });
for (const { file, size, corner, scale } of ICONS) {
	writeFileSync(path.join(outDir, file), png(size, draw(size, { corner, scale })));
	console.log(`wrote static/icons/${file}`);
}

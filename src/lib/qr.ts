// A QR code as one SVG path, drawn at build so the printed handout needs no script or image file.
import { encode } from 'uqr';

/** The parts of an SVG QR code: its size in modules and the path of the dark modules. */
export interface QrSvg {
  size: number;
  path: string;
}

/** Encodes text (a URL) with medium error correction, which survives a smudged printout. */
export function qrSvg(text: string): QrSvg {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  let path = '';
  data.forEach((row, y) => {
    // One rectangle per horizontal run of dark modules keeps the path (and the page) small.
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (row[x]) x += 1;
      path += `M${start} ${y}h${x - start}v1h-${x - start}z`;
    }
  });
  return { size, path };
}

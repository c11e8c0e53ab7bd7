// Unwraps WOFF 1 font files (what @fontsource ships beside WOFF2) for tools that read only
// plain OpenType, such as HarfBuzz. WOFF 1 is a table directory with each table zlib-compressed.
import { inflateSync } from 'node:zlib';

/** WOFF 1 to the plain OpenType bytes it wraps: HarfBuzz does not read WOFF. */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const src = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  const count = src.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const entry = 44 + i * 20;
    const [offset, packed, length] = [4, 8, 12].map((at) => src.readUInt32BE(entry + at)) as [number, number, number];
    const raw = src.subarray(offset, offset + packed);
    return {
      tag: src.readUInt32BE(entry),
      checksum: src.readUInt32BE(entry + 16),
      data: packed < length ? inflateSync(raw) : raw,
    };
  });
  const padded = (length: number) => (length + 3) & ~3;
  let offset = 12 + count * 16;
  const out = Buffer.alloc(tables.reduce((size, table) => size + padded(table.data.length), offset));
  const power = 2 ** Math.floor(Math.log2(count));
  out.writeUInt32BE(src.readUInt32BE(4), 0);
  [count, power * 16, Math.log2(power), (count - power) * 16].forEach((value, i) =>
    out.writeUInt16BE(value, 4 + i * 2),
  );
  tables.forEach((table, i) => {
    [table.tag, table.checksum, offset, table.data.length].forEach((value, j) =>
      out.writeUInt32BE(value, 12 + i * 16 + j * 4),
    );
    table.data.copy(out, offset);
    offset += padded(table.data.length);
  });
  return out;
}

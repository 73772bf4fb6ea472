/**
 * Reads a zip archive's central directory without inflating anything, so an office template's
 * declared sizes can be checked before any library unpacks it (APPNOTE.TXT, PKWARE's .ZIP File
 * Format Specification 6.3.10: §4.3.12 central directory header, §4.3.16 end of central directory).
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused by the caller. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's compressed bytes start. */
  dataOffset: number;
}

type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** ZIP64 marks: a template never needs archives past 4 GB or 65,535 entries. */
const FULL16 = 0xffff;
const FULL32 = 0xffffffff;

export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  // The end record is 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) return { ok: false, reason: 'no end of central directory' };
  const count = u16(end + 10);
  const size = u32(end + 12);
  const start = u32(end + 16);
  if (count === FULL16 || size === FULL32 || start === FULL32) return { ok: false, reason: 'ZIP64 archive' };
  if (count > maxEntries) return { ok: false, reason: `${count} entries` };
  if (start + size > end) return { ok: false, reason: 'central directory out of bounds' };
  const entries: ZipEntry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(at) !== CENTRAL) return { ok: false, reason: `entry ${i}: bad central header` };
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const compressedSize = u32(at + 20);
    const uncompressedSize = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const local = u32(at + 42);
    if (compressedSize === FULL32 || uncompressedSize === FULL32 || local === FULL32) return { ok: false, reason: 'ZIP64 entry' };
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (local + 30 > bytes.length || u32(local) !== LOCAL) return { ok: false, reason: `${name}: bad local header` };
    const dataOffset = local + 30 + u16(local + 26) + u16(local + 28);
    if (dataOffset + compressedSize > bytes.length) return { ok: false, reason: `${name}: data out of bounds` };
    entries.push({ name, method, encrypted: (flags & 1) === 1, compressedSize, uncompressedSize, dataOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/**
 * Inflates one deflated entry, giving up as soon as it yields more than it declared: a bomb that
 * lies about its size costs at most its declared size. True when the output is exactly as declared.
 */
export async function inflatesAsDeclared(bytes: Uint8Array, entry: ZipEntry): Promise<boolean> {
  const stream = new Blob([bytes.slice(entry.dataOffset, entry.dataOffset + entry.compressedSize)])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  let produced = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return produced === entry.uncompressedSize;
      produced += value.byteLength;
      if (produced > entry.uncompressedSize) {
        await reader.cancel();
        return false;
      }
    }
  } catch {
    // Corrupt deflate data: not what it declared either.
    return false;
  }
}

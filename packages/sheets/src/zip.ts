import { crc32, deflateRawSync } from 'node:zlib';

/**
 * The ZIP container of an XLSX file (APPNOTE 6.3: local headers, deflated data, central
 * directory, end record), on Node's own zlib. It replaced fflate's zipSync, which was 9 KiB of
 * every function that writes a workbook, for what is a few fixed headers around deflateRawSync.
 *
 * No ZIP64: an export past 65,535 files or 4 GiB is refused (an XLSX of Pamong has a handful of
 * files of a few MB).
 */

export interface ZipEntry {
  /** The path inside the archive, `/`-separated (stored as UTF-8). */
  name: string;
  data: Uint8Array;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Version 2.0: deflate. */
const VERSION = 20;
/** General purpose flag bit 11: the names are UTF-8. */
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const MAX_32 = 0xffffffff;

/** The MS-DOS time and date of `at` in local time, as zip tools show them (2-second steps, 1980-2107). */
export function dosDateTime(at: Date): { time: number; date: number } {
  const year = at.getFullYear();
  if (year < 1980 || year > 2107) return { time: 0, date: (1 << 5) | 1 }; // 1980-01-01 00:00
  return {
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | (at.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
  };
}

/** The archive of `entries`, in their order, each deflated at `level` and stamped `modified`. */
export function zip(entries: readonly ZipEntry[], modified: Date, level = 6): Uint8Array {
  if (entries.length > 0xffff) throw new Error('a zip without ZIP64 holds at most 65,535 files');
  const { time, date } = dosDateTime(modified);
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = entry.data;
    const packed = deflateRawSync(data, { level });
    const crc = crc32(data);
    if (data.byteLength > MAX_32 || offset > MAX_32)
      throw new Error('a zip without ZIP64 holds at most 4 GiB');

    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.byteLength, 18);
    local.writeUInt32LE(data.byteLength, 22);
    local.writeUInt16LE(name.byteLength, 26);
    // 28: no extra field.
    parts.push(local, name, packed);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL_HEADER, 0);
    header.writeUInt16LE(VERSION, 4); // made by (MS-DOS attributes)
    header.writeUInt16LE(VERSION, 6); // needed to extract
    header.writeUInt16LE(UTF8_NAMES, 8);
    header.writeUInt16LE(DEFLATE, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(packed.byteLength, 20);
    header.writeUInt32LE(data.byteLength, 24);
    header.writeUInt16LE(name.byteLength, 28);
    // 30-40: no extra field, comment, disk number or attributes.
    header.writeUInt32LE(offset, 42);
    central.push(header, name);

    offset += local.byteLength + name.byteLength + packed.byteLength;
  }
  const directorySize = central.reduce((n, part) => n + part.byteLength, 0);
  if (offset > MAX_32) throw new Error('a zip without ZIP64 holds at most 4 GiB');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  // 4, 6: this disk and the directory's disk are 0.
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, ...central, end]));
}

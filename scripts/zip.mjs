// A zip file with Node's own zlib: no archiver to install, and the same bytes
// for the same files (every entry dated 1 January 1980), so a release can be
// rebuilt and compared. Used by the release and the WordPress plugin's zip.
import { readFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

const dosDate = (1 << 5) | 1; // 1980-01-01, 00:00

/** The bytes of a zip holding each `{ name, path }`: name is the path inside the zip, with `/`. */
export function zipOf(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const data = readFileSync(entry.path);
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    // The local header and the central directory's entry share their middle fields.
    const header = (signature, central) => {
      const fields = Buffer.alloc(central ? 46 : 30);
      let at = 0;
      const u32 = (value) => (at = fields.writeUInt32LE(value >>> 0, at));
      const u16 = (value) => (at = fields.writeUInt16LE(value, at));
      u32(signature);
      if (central) u16(20); // made by
      u16(20); // version needed
      u16(0x0800); // UTF-8 names
      u16(8); // deflate
      u16(0); // time
      u16(dosDate);
      u32(crc);
      u32(packed.length);
      u32(data.length);
      u16(name.length);
      u16(0); // extra field
      if (central) {
        u16(0); // comment
        u16(0); // disk
        u16(0); // internal attributes
        u32((0o100644 << 16) >>> 0); // a regular file, rw-r--r--
        u32(offset);
      }
      return fields;
    };
    const local = Buffer.concat([header(0x04034b50, false), name, packed]);
    centrals.push(Buffer.concat([header(0x02014b50, true), name]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}

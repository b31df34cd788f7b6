/**
 * Extracts one face of a TrueType/OpenType collection (.ttc) as a standalone font file, because
 * @napi-rs/canvas registers only the first face of a collection and the Noto CJK collections put the
 * Simplified Chinese face third.
 *
 * Layout (OpenType spec, "Font Collections"): a `ttcf` header contains a uint32 face count and one uint32
 * offset per face. Each offset points at a table directory: sfnt version, uint16 table count, three
 * uint16 search fields, then 16-byte records of tag, checksum, offset and length. Table offsets count
 * from the start of the collection file, so the copy rewrites them.
 */

const TTC_TAG = 0x74746366; // 'ttcf'

/** Returns a font file containing only face `index` of the collection in `collection`. */
export function extractCollectionFace(collection: Buffer, index: number): Buffer {
  if (collection.readUInt32BE(0) !== TTC_TAG) throw new Error('font file is not a collection: the ttcf header is missing');
  const faceCount = collection.readUInt32BE(8);
  if (index < 0 || index >= faceCount) throw new Error(`font collection has ${faceCount} faces, no face ${index}`);

  const directory = collection.readUInt32BE(12 + index * 4);
  const tableCount = collection.readUInt16BE(directory + 4);
  const headerLength = 12 + tableCount * 16;
  const tables = Array.from({ length: tableCount }, (_, table) => {
    const record = directory + 12 + table * 16;
    return {
      tag: collection.readUInt32BE(record),
      checksum: collection.readUInt32BE(record + 4),
      offset: collection.readUInt32BE(record + 8),
      length: collection.readUInt32BE(record + 12),
    };
  });

  const padded = (length: number): number => (length + 3) & ~3;
  const total = headerLength + tables.reduce((sum, table) => sum + padded(table.length), 0);
  const font = Buffer.alloc(total);
  collection.copy(font, 0, directory, directory + 12);

  let dataOffset = headerLength;
  tables.forEach((table, position) => {
    const record = 12 + position * 16;
    font.writeUInt32BE(table.tag, record);
    font.writeUInt32BE(table.checksum, record + 4);
    font.writeUInt32BE(dataOffset, record + 8);
    font.writeUInt32BE(table.length, record + 12);
    collection.copy(font, dataOffset, table.offset, table.offset + table.length);
    dataOffset += padded(table.length);
  });
  return font;
}

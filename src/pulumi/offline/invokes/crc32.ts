/**
 * CRC-32 (IEEE), as Go's `hash/crc32.ChecksumIEEE`: the Terraform plugin SDK hashes set elements with
 * it and the AWS provider derives a policy document's `id` from it. Written out because `zlib.crc32`
 * exists only from Node 20.15 and the package supports every Node 20.
 */
const TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The checksum of the UTF-8 bytes of `text`, as an unsigned 32-bit integer. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (const byte of Buffer.from(text, 'utf8')) crc = TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// Generates es-numbers.txt: "<IEEE 754 bits as 16 hex digits> <Number.prototype.toString()>".
// Run with node (checked with the Debian 12 node). Deterministic: a fixed xorshift seed.
const lines = [];
const buf = new DataView(new ArrayBuffer(8));
let s = 0x9e3779b97f4a7c15n;
function next() {
  s ^= (s << 13n) & 0xffffffffffffffffn; s ^= s >> 7n; s ^= (s << 17n) & 0xffffffffffffffffn;
  return s & 0xffffffffffffffffn;
}
function add(d) {
  if (!Number.isFinite(d)) return;
  buf.setFloat64(0, d);
  lines.push(buf.getBigUint64(0).toString(16).padStart(16, '0') + ' ' + String(d));
}
for (let i = 0; i < 4000; i++) { buf.setBigUint64(0, next()); add(buf.getFloat64(0)); }
for (let i = 0; i < 2000; i++) { add(Number(next() % 100000000000n) / 10 ** Number(next() % 25n)); }
for (let e = -325; e <= 309; e++) { add(Number('1e' + e)); add(Number('9.999999999999999e' + e)); add(2 ** (e % 1075)); }
for (const d of [0, -0, 5e-324, -5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 2.225073858507201e-308,
  9007199254740993, 9007199254740992, 333333333.33333329, 1e21, 1e-7, 0.000001, 1e-6, 123456789012345680000, 0.1, 0.2 + 0.1]) add(d);
require('fs').writeFileSync('es-numbers.txt', lines.join('\n') + '\n');

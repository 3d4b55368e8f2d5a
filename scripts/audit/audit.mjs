import { auditServer } from 'graphql-http';
const results = await auditServer({ url: process.argv[2] ?? 'http://127.0.0.1:5097/graphql', fetchFn: fetch });
let failed = 0;
for (const r of results) {
  if (r.status !== 'ok') { console.log(r.status, r.id, r.name, '—', r.reason); if (r.name.startsWith('MUST')) failed++; }
}
console.log(`${results.length} audits, ${results.filter(r => r.status === 'ok').length} ok, ${failed} MUST failures`);
process.exit(failed === 0 ? 0 : 1);

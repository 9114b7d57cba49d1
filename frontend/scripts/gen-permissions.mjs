// Extracts `x-required-roles` per operationId from the contract, so the UI shows an action
// only to the roles the API allows (openapi-typescript does not carry vendor extensions).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const contract = parse(readFileSync(resolve(here, '../../openapi.yaml'), 'utf8'));
const roles = {};
for (const item of Object.values(contract.paths ?? {})) {
  for (const op of Object.values(item)) {
    if (op && typeof op === 'object' && op.operationId) {
      roles[op.operationId] = op['x-required-roles'] ?? [];
    }
  }
}
const out = resolve(here, '../src/api/generated/permissions.ts');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `// Generated from ../openapi.yaml (x-required-roles) by scripts/gen-permissions.mjs. Do not edit.\n` +
    `export const requiredRoles = ${JSON.stringify(roles, null, 2)} as const;\n\n` +
    `export type OperationId = keyof typeof requiredRoles;\n`,
);
console.log(`permissions: ${Object.keys(roles).length} operations → ${out}`);

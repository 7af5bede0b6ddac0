import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Swagger keys schemas by class name: two DTOs with one name silently share (or fight over) a schema. */
describe('DTO class names', () => {
  it('are unique across the api', () => {
    const root = join(__dirname, '..');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
    const names = files.flatMap((f) => [...readFileSync(join(root, f), 'utf8').matchAll(/export class (\w+Dto)\b/g)].map((m) => m[1]!));
    expect(names.length).toBeGreaterThan(50);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** No Docker engine here, so what can be checked without one is: the image installs every workspace. */
describe('docker/Dockerfile', () => {
  const root = join(__dirname, '..', '..');
  const dockerfile = readFileSync(join(root, 'docker', 'Dockerfile'), 'utf8');

  it('copies the package.json of every workspace before npm ci (else it is not linked)', () => {
    const workspaces = ['libs', 'apps'].flatMap((dir) => readdirSync(join(root, dir)).map((name) => `${dir}/${name}`));
    expect(workspaces.length).toBeGreaterThan(10);
    const missing = workspaces.filter((w) => !dockerfile.includes(`COPY ${w}/package.json ${w}/`));
    expect(missing).toEqual([]);
  });

  it('runs the Node major that package.json pins', () => {
    const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.node as string;
    const major = /(\d+)/.exec(pinned)![1];
    expect(dockerfile).toContain(`node:${major}-`);
  });
});

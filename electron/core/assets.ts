// Finding the app's bundled assets (fonts, notice templates) from source (tsx, tests), from the built
// bundle (out/main) and from inside the packaged ASAR alike: walk up from this module to the folder holding assets/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let assetsRoot: string | null = null;

const findAssetsRoot = (): string => {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'assets', 'templates'))) return join(dir, 'assets');
    const parent = dirname(dir);
    if (parent === dir) throw new Error('The app assets folder (assets/) was not found.');
    dir = parent;
  }
};

export const assetPath = (...parts: string[]): string => {
  assetsRoot ??= findAssetsRoot();
  return join(assetsRoot, ...parts);
};

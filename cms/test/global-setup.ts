import { existsSync } from 'node:fs';
import path from 'node:path';

export default function assertBuilt() {
  const entry = path.resolve(__dirname, '..', 'dist', 'src', 'index.js');
  if (!existsSync(entry)) {
    throw new Error('The CMS is not built. Run `pnpm build` (or `npm test`, which builds) first.');
  }
}

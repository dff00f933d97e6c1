/** `npm run docs:pesan`: writes docs/pesan-pemeriksa.md from the checker's messages. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { messageReference } from '../src/core/checks/message-reference';

const file = resolve(import.meta.dirname, '../docs/pesan-pemeriksa.md');
writeFileSync(file, messageReference());
console.log(`Ditulis: ${file}`);

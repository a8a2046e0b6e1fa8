#!/usr/bin/env node
// Builds public/data/public-sector-hosts.json from the DINUM/Etalab host list kept in ../shared/data.
// Run it when that list is updated: `npm run data:hosts`. The output is committed, so a clone
// does not need ../shared to build.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = process.argv[2] ?? resolve(root, '../shared/data/public-sector-hosts.txt');
const output = resolve(root, 'public/data/public-sector-hosts.json');

const hostPattern = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;
// Browsers report internationalised names in punycode (lucé.fr → xn--luc-dma.fr): store them so.
function toAsciiHost(host) {
  if (!host) return '';
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return '';
  }
}

const hosts = [
  ...new Set(
    readFileSync(input, 'utf8')
      .split('\n')
      .map((line) => toAsciiHost(line.trim().toLowerCase()).replace(/^www\./, ''))
      .filter((line) => hostPattern.test(line)),
  ),
].sort();

const data = {
  source: 'DINUM / Etalab — Liste de noms de domaine de la sphère publique',
  licence: 'Licence Ouverte 2.0',
  sourceUpdated: '2024-12-11',
  hosts,
};
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, `${JSON.stringify(data)}\n`);
console.log(`${hosts.length} hosts written to ${output}`);

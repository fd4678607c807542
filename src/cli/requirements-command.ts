import { REQUIREMENTS } from '../catalog';
import { Requirement } from '../catalog/types';

export type CatalogFormat = 'text' | 'json' | 'markdown';

function sourceLine(r: Requirement): string {
  return r.sources.map((s) => `${s.marketplace} ${s.level}`).join(', ');
}

export function renderCatalog(format: CatalogFormat): string {
  if (format === 'json') return JSON.stringify({ requirements: REQUIREMENTS }, null, 2) + '\n';
  if (format === 'markdown') {
    const rows = REQUIREMENTS.map((r) => `| ${r.id} | ${r.title} | ${r.enforcement} | ${sourceLine(r)} |`);
    return ['| ID | requirement | default | marketplaces |', '|---|---|---|---|', ...rows].join('\n') + '\n';
  }
  return REQUIREMENTS.map((r) => `${r.id.padEnd(6)} ${r.enforcement.padEnd(9)} ${r.title}${r.sources.length ? `  [${sourceLine(r)}]` : ''}`).join('\n') + '\n';
}

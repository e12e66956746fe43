/** A dependency-free SVG scatter chart (log–log) for the benchmark's time-against-page-size plot. */

export interface Series {
  name: string;
  color: string;
  points: { x: number; y: number }[];
}

const W = 720;
const H = 420;
const PAD = { left: 64, right: 16, top: 36, bottom: 48 };

const log = (v: number): number => Math.log10(Math.max(v, 1e-3));
const esc = (s: string): string => s.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Renders series as an SVG document with log axes, labelled ticks and a legend. */
export function scatterSvg(title: string, xLabel: string, yLabel: string, series: Series[]): string {
  const all = series.flatMap((s) => s.points);
  const [x0, x1] = [Math.floor(log(Math.min(...all.map((p) => p.x)))), Math.ceil(log(Math.max(...all.map((p) => p.x))))];
  const [y0, y1] = [Math.floor(log(Math.min(...all.map((p) => p.y)))), Math.ceil(log(Math.max(...all.map((p) => p.y))))];
  const sx = (v: number): number => PAD.left + ((log(v) - x0) / (x1 - x0 || 1)) * (W - PAD.left - PAD.right);
  const sy = (v: number): number => H - PAD.bottom - ((log(v) - y0) / (y1 - y0 || 1)) * (H - PAD.top - PAD.bottom);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${W / 2}" y="20" text-anchor="middle" font-size="14" font-weight="600">${esc(title)}</text>`,
  ];
  for (let e = x0; e <= x1; e++) {
    const x = sx(10 ** e);
    out.push(`<line x1="${x}" y1="${PAD.top}" x2="${x}" y2="${H - PAD.bottom}" stroke="#eee"/>`, `<text x="${x}" y="${H - PAD.bottom + 16}" text-anchor="middle">${10 ** e >= 1 ? 10 ** e : (10 ** e).toFixed(-e)}</text>`);
  }
  for (let e = y0; e <= y1; e++) {
    const y = sy(10 ** e);
    out.push(`<line x1="${PAD.left}" y1="${y}" x2="${W - PAD.right}" y2="${y}" stroke="#eee"/>`, `<text x="${PAD.left - 6}" y="${y + 4}" text-anchor="end">${10 ** e >= 1 ? 10 ** e : (10 ** e).toFixed(-e)}</text>`);
  }
  out.push(
    `<text x="${W / 2}" y="${H - 10}" text-anchor="middle">${esc(xLabel)}</text>`,
    `<text transform="translate(16 ${H / 2}) rotate(-90)" text-anchor="middle">${esc(yLabel)}</text>`,
  );
  series.forEach((s, i) => {
    for (const p of s.points) out.push(`<circle cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="2.6" fill="${s.color}" fill-opacity="0.6"/>`);
    const ly = PAD.top + 8 + i * 18;
    out.push(`<circle cx="${PAD.left + 14}" cy="${ly}" r="4" fill="${s.color}"/>`, `<text x="${PAD.left + 24}" y="${ly + 4}">${esc(s.name)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}

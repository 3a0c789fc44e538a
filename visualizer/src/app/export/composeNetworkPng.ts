import { STANCES } from '../model/kinds.js';
import { STANCE_LOOK } from '../model/stanceLook.js';

/**
 * The network picture as a reader can cite it: the canvas image, then below it a legend (each
 * stance's colour and name) and a caption (what is shown, the filters, the data version, the date).
 */
export async function composeNetworkPng(image: Blob, caption: readonly string[]): Promise<Blob> {
  const bitmap = await createImageBitmap(image);
  const scale = 2;
  const lineHeight = 18 * scale;
  const legendHeight = 28 * scale;
  const footer = legendHeight + caption.length * lineHeight + 16 * scale;
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height + footer;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(bitmap, 0, 0);
  ctx.fillStyle = '#dfe4ea';
  ctx.fillRect(0, bitmap.height, canvas.width, scale);
  let x = 16 * scale;
  const legendY = bitmap.height + 18 * scale;
  ctx.font = `${12 * scale}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  for (const stance of STANCES) {
    const look = STANCE_LOOK[stance];
    ctx.strokeStyle = look.color;
    ctx.lineWidth = 3 * scale;
    ctx.setLineDash(look.dash ? look.dash.map((d) => d * scale) : look.line === 'dotted' ? [2 * scale, 3 * scale] : []);
    ctx.beginPath();
    ctx.moveTo(x, legendY);
    ctx.lineTo(x + 28 * scale, legendY);
    ctx.stroke();
    ctx.fillStyle = '#1c2733';
    ctx.fillText(look.label, x + 34 * scale, legendY);
    x += 34 * scale + ctx.measureText(look.label).width + 18 * scale;
  }
  ctx.setLineDash([]);
  ctx.fillStyle = '#5b6675';
  caption.forEach((line, i) => ctx.fillText(line, 16 * scale, bitmap.height + legendHeight + (i + 0.6) * lineHeight));
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png'));
}

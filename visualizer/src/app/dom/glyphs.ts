import { KIND_LOOK } from '../model/kindLook.js';
import type { NodeKind, Stance } from '../model/kinds.js';
import { STANCE_LOOK } from '../model/stanceLook.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A small SVG of a node kind's shape and colours, as the network draws it (legend, filters, panel). */
export function kindGlyph(kind: NodeKind, size = 14): SVGSVGElement {
  const look = KIND_LOOK[kind];
  const svg = svgElement('svg', { width: size, height: size, viewBox: '0 0 16 16', 'aria-hidden': 'true', class: 'glyph' });
  const paint = { fill: look.fill, stroke: look.border, 'stroke-width': '1.5' };
  switch (look.shape) {
    case 'ellipse':
      svg.append(svgElement('circle', { cx: 8, cy: 8, r: 6.5, ...paint }));
      break;
    case 'round-rectangle':
      svg.append(svgElement('rect', { x: 1.5, y: 3, width: 13, height: 10, rx: 3, ...paint }));
      break;
    case 'rectangle':
      svg.append(svgElement('rect', { x: 2, y: 2, width: 12, height: 12, ...paint }));
      break;
    case 'hexagon':
      svg.append(svgElement('polygon', { points: '4,2 12,2 15,8 12,14 4,14 1,8', ...paint }));
      break;
    case 'diamond':
      svg.append(svgElement('polygon', { points: '8,1 15,8 8,15 1,8', ...paint }));
      break;
    case 'triangle':
      svg.append(svgElement('polygon', { points: '8,1.5 15,14.5 1,14.5', ...paint }));
      break;
  }
  return svg;
}

/** A short stretch of edge in a stance's colour, dash and arrow head. */
export function stanceLineGlyph(stance: Stance, width = 34): SVGSVGElement {
  const look = STANCE_LOOK[stance];
  const svg = svgElement('svg', { width, height: 12, viewBox: `0 0 ${width} 12`, 'aria-hidden': 'true', class: 'glyph' });
  const dash = look.line === 'dotted' ? '1.5 3' : look.dash ? look.dash.join(' ') : '';
  const end = width - 8;
  svg.append(
    svgElement('line', { x1: 1, y1: 6, x2: end, y2: 6, stroke: look.color, 'stroke-width': 2.5, 'stroke-dasharray': dash, 'stroke-linecap': look.line === 'dotted' ? 'round' : 'butt' }),
  );
  const x = end;
  switch (look.arrow) {
    case 'triangle':
      svg.append(svgElement('polygon', { points: `${x},1 ${x + 7},6 ${x},11`, fill: look.color }));
      break;
    case 'tee':
      svg.append(svgElement('rect', { x: x, y: 0.5, width: 3, height: 11, fill: look.color }));
      break;
    case 'diamond':
      svg.append(svgElement('polygon', { points: `${x},6 ${x + 3.5},1.5 ${x + 7},6 ${x + 3.5},10.5`, fill: look.color }));
      break;
    case 'circle':
      svg.append(svgElement('circle', { cx: x + 3.5, cy: 6, r: 3.5, fill: look.color }));
      break;
  }
  return svg;
}

// Private:

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

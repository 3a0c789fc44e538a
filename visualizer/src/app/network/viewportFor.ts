/**
 * The viewport (zoom and pan) that fits points in a box of `width` × `height` CSS pixels with
 * `margin` on every side, zoom clamped to the network's 0.05–4; null when there are no points.
 * From positions the page already holds: cytoscape's own fit measures every element's box,
 * labels included, which on a graph of 25,000 elements is seconds.
 */
export function viewportFor(
  points: readonly { x: number; y: number }[],
  box: { width: number; height: number; margin: number },
): { zoom: number; pan: { x: number; y: number } } | null {
  if (points.length === 0) return null;
  let [x1, x2, y1, y2] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { x, y } of points) {
    x1 = Math.min(x1, x);
    x2 = Math.max(x2, x);
    y1 = Math.min(y1, y);
    y2 = Math.max(y2, y);
  }
  const { width, height, margin } = box;
  const fit = Math.min((width - 2 * margin) / Math.max(1, x2 - x1), (height - 2 * margin) / Math.max(1, y2 - y1));
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, fit));
  return { zoom, pan: { x: width / 2 - (zoom * (x1 + x2)) / 2, y: height / 2 - (zoom * (y1 + y2)) / 2 } };
}

/** The network's zoom range (createNetworkView.ts passes the same to cytoscape). */
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 4;

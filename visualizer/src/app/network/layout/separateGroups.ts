import type { Core, NodeSingular } from 'cytoscape';

/** Gap left between two group boxes, in model units. */
const GAP = 24;
/** Passes over every pair; each pass moves at most one box of each overlapping pair. */
const MAX_PASSES = 20;

/**
 * Pushes apart compound nodes (group boxes) whose boxes overlap, after fcose: it keeps a group's
 * members together and usually the groups apart, but not always (a one-member group can land
 * inside another's box). Each overlapping pair is resolved by moving the smaller box's members
 * along the axis of least overlap, the smaller box being the cheaper to move; repeated until no
 * pair overlaps or MAX_PASSES. Deterministic: pairs in id order.
 */
export function separateGroups(cy: Core): void {
  const groups = cy.nodes(':parent').sort((a, b) => (a.id() < b.id() ? -1 : 1));
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let moved = false;
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const a = groups[i] as NodeSingular;
        const b = groups[j] as NodeSingular;
        const boxA = a.boundingBox({ includeLabels: false });
        const boxB = b.boundingBox({ includeLabels: false });
        const dx = Math.min(boxA.x2, boxB.x2) - Math.max(boxA.x1, boxB.x1) + GAP;
        const dy = Math.min(boxA.y2, boxB.y2) - Math.max(boxA.y1, boxB.y1) + GAP;
        if (dx <= 0 || dy <= 0) continue;
        const [mover, still] = boxA.w * boxA.h < boxB.w * boxB.h ? [a, boxB] : [b, boxA];
        const box = mover === a ? boxA : boxB;
        const shift =
          dx < dy
            ? { x: (box.x1 + box.x2) / 2 < (still.x1 + still.x2) / 2 ? -dx : dx, y: 0 }
            : { x: 0, y: (box.y1 + box.y2) / 2 < (still.y1 + still.y2) / 2 ? -dy : dy };
        mover.children().forEach((child) => {
          const { x, y } = (child as NodeSingular).position();
          (child as NodeSingular).position({ x: x + shift.x, y: y + shift.y });
        });
        moved = true;
      }
    }
    if (!moved) return;
  }
}

/**
 * The libraries recharts stands on (d3, redux and the like), built into a chunk of their own
 * (vite.config.ts): `loadCharts` (chartKit.tsx) evaluates them in one task and recharts with the
 * drawings in the next, where all of it together was one long task on a slow machine. Importing
 * this module is what evaluates that chunk.
 */
export { scaleLinear } from 'victory-vendor/d3-scale';

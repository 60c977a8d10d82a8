// What other modules may import from reports: the participation figures of a process.
export { loadParticipationFigures } from './participation/load-figures.ts';
export type { FigureRow, ParticipationFigures } from './participation/model.ts';

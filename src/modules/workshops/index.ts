export { workshopsModule } from './module.ts';

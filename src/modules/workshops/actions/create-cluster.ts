import { createCluster } from '../commands/create-cluster.ts';
import { clusterSchema } from '../schemas.ts';
import { facilitatorAction } from './facilitator-action.ts';

/** Creates a named cluster on a wall. */
export const createClusterAction = facilitatorAction({
  name: 'workshops.cluster.create',
  summary: 'Creates a named cluster on a wall (the current prompt unless promptId; a group’s wall with groupId)',
  segment: 'create-cluster',
  schema: clusterSchema,
  api: { method: 'POST', url: '/workshops/:id/clusters', created: true },
  anchor: (input) => `wall-${input.groupId ?? 'all'}`,
  run: ({ context, workshop, input, now }) => createCluster(context.db, workshop, input, now),
});

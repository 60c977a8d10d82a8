import { z } from 'zod';
import { deleteCluster } from '../commands/delete-cluster.ts';
import { idSchema } from '../schemas.ts';
import { facilitatorAction } from './facilitator-action.ts';

/** Removes a cluster; its notes stay on the wall. */
export const deleteClusterAction = facilitatorAction({
  name: 'workshops.cluster.delete',
  summary: 'Removes a cluster; its notes stay on the wall',
  segment: 'delete-cluster',
  schema: z.object({ clusterId: idSchema }),
  itemField: 'clusterId',
  api: { method: 'DELETE', url: '/workshops/:id/clusters/:itemId' },
  anchor: () => 'console-wall',
  run: ({ context, workshop, input, now }) => deleteCluster(context.db, workshop, input.clusterId, now),
});

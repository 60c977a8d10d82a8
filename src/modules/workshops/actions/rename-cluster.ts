import { z } from 'zod';
import { renameCluster } from '../commands/rename-cluster.ts';
import { clusterSchema, idSchema } from '../schemas.ts';
import { facilitatorAction } from './facilitator-action.ts';

/** Renames a cluster. */
export const renameClusterAction = facilitatorAction({
  name: 'workshops.cluster.rename',
  summary: 'Renames a cluster',
  segment: 'rename-cluster',
  schema: z.object({ clusterId: idSchema, name: clusterSchema.shape.name }),
  itemField: 'clusterId',
  api: { method: 'PATCH', url: '/workshops/:id/clusters/:itemId' },
  anchor: (input) => `cluster-${input.clusterId}`,
  run: ({ context, workshop, input, now }) => renameCluster(context.db, workshop, input.clusterId, input.name, now),
});

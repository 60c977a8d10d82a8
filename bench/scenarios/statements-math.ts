/** The opinion-group computation on 2,000×600, 10,000×1,500 and 33,500×1,000 vote matrices against scikit-learn's PCA + KMeans. */
import { runStatementsMathScenario } from '../support/statements-math.ts';

await runStatementsMathScenario('statements-math');

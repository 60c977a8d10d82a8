/** Theme discovery over 50,000 generated answers (~200,000 sentences) against scikit-learn's TfidfVectorizer + TruncatedSVD + KMeans. */
import { runThemesScenario } from '../support/themes.ts';

await runThemesScenario('themes');

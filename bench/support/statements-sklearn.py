"""scikit-learn's PCA + KMeans on a vote matrix, the baseline of the statements-math benchmark.

Usage: /usr/bin/python3 statements-sklearn.py TRIPLETS PARTICIPANTS STATEMENTS RUNS SEED
TRIPLETS holds int32 (row, column, vote) triplets. The dense matrix with NaN
for missing votes is built before the clock starts; each timed run does what
our computation does up to the groups: fill missing votes with the column
mean, PCA to two components, 100 base clusters by KMeans, then KMeans with
k = 2..5 on the base centres weighted by their sizes, choosing k by
silhouette. Prints one JSON line: the milliseconds of each run and the k chosen.
"""

import json
import sys
import time

import numpy as np
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.metrics import silhouette_score


def groups(dense, seed):
    column_means = np.nan_to_num(np.nanmean(dense, axis=0))
    filled = np.where(np.isnan(dense), column_means, dense)
    positions = PCA(n_components=2, random_state=seed).fit_transform(filled)
    base = KMeans(n_clusters=100, n_init=1, random_state=seed).fit(positions)
    weights = np.bincount(base.labels_, minlength=100).astype(float)
    centres = base.cluster_centers_
    best_k, best_score = 0, -2.0
    for k in range(2, 6):
        labels = KMeans(n_clusters=k, n_init=10, random_state=seed).fit(centres, sample_weight=weights).labels_
        score = silhouette_score(centres, labels)
        if score > best_score:
            best_k, best_score = k, score
    return best_k


def main():
    path, participants, statements, runs, seed = sys.argv[1], *map(int, sys.argv[2:6])
    triplets = np.fromfile(path, dtype="<i4").reshape(-1, 3)
    dense = np.full((participants, statements), np.nan)
    dense[triplets[:, 0], triplets[:, 1]] = triplets[:, 2]
    times = []
    chosen = 0
    for _ in range(runs):
        started = time.perf_counter()
        chosen = groups(dense, seed)
        times.append((time.perf_counter() - started) * 1000)
    print(json.dumps({"ms": times, "k": chosen}))


main()

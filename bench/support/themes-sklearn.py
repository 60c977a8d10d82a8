"""scikit-learn's TfidfVectorizer + TruncatedSVD + KMeans, the baseline of the themes benchmark.

Usage: /usr/bin/python3 themes-sklearn.py SENTENCES K DIMENSIONS RUNS SEED
SENTENCES holds one sentence a line (the sentences our text analysis split the
answers into). Each timed run does what our discovery does up to the themes:
TF-IDF (sublinear, min df 2, max df 5 %) over words, and over
character 4-grams within words, stacked and row-normalised; TruncatedSVD to
DIMENSIONS; unit-length rows; KMeans with K clusters and 10 starts. Prints one
JSON line: the milliseconds of each run, its steps and the peak memory (MB).
"""

import json
import resource
import sys
import time

import scipy.sparse as sp
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize


def themes(texts, k, dimensions, seed):
    steps = {}
    started = time.perf_counter()
    words = TfidfVectorizer(sublinear_tf=True, min_df=2, max_df=0.05).fit_transform(texts)
    characters = TfidfVectorizer(sublinear_tf=True, min_df=2, max_df=0.05, analyzer="char_wb", ngram_range=(4, 4)).fit_transform(texts)
    matrix = normalize(sp.hstack([words, characters]).tocsr())
    steps["tfidf"] = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    points = normalize(TruncatedSVD(n_components=dimensions, random_state=seed).fit_transform(matrix))
    steps["svd"] = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    KMeans(n_clusters=k, n_init=10, random_state=seed).fit(points)
    steps["kmeans"] = (time.perf_counter() - started) * 1000
    return steps, matrix.nnz


def main():
    path, k, dimensions, runs, seed = sys.argv[1], *map(int, sys.argv[2:6])
    with open(path, encoding="utf-8") as file:
        texts = file.read().split("\n")
    times = []
    steps = {}
    nonzeros = 0
    for _ in range(runs):
        started = time.perf_counter()
        steps, nonzeros = themes(texts, k, dimensions, seed)
        times.append((time.perf_counter() - started) * 1000)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"ms": times, "steps": steps, "peakMb": peak, "nonzeros": nonzeros}))


main()

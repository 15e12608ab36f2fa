#!/usr/bin/env python3
"""Writes baseline.csv of the Fashion-MNIST Challenge: a nearest-centroid classifier.

The model: the mean image of each of the 10 classes over the 60,000 training images (pixels scaled
to [0, 1]); each test image gets the class whose mean image is nearest (Euclidean distance). No
learning beyond those averages, so the leaderboard starts from a marker any network should beat.
Needs Debian's dataset-fashion-mnist; run once from this folder (python3 baseline.py). Pure Python,
about a minute; the result is the same every time.
"""
import gzip

SRC = "/usr/share/datasets/fashion-mnist/"


def images(name):
    raw = gzip.open(SRC + name).read()
    n = int.from_bytes(raw[4:8], "big")
    return [raw[16 + i * 784 : 16 + (i + 1) * 784] for i in range(n)]


def labels(name):
    return list(gzip.open(SRC + name).read()[8:])


train, train_labels = images("train-images-idx3-ubyte.gz"), labels("train-labels-idx1-ubyte.gz")
sums = [[0] * 784 for _ in range(10)]
counts = [0] * 10
for image, label in zip(train, train_labels):
    row = sums[label]
    for p in range(784):
        row[p] += image[p]
    counts[label] += 1
centroids = [[s / counts[k] / 255.0 for s in sums[k]] for k in range(10)]

with open("baseline.csv", "w") as out:
    out.write("id,prediction\n")
    for i, image in enumerate(images("t10k-images-idx3-ubyte.gz")):
        pixels = [v / 255.0 for v in image]
        distances = [sum((a - b) ** 2 for a, b in zip(pixels, c)) for c in centroids]
        out.write("%d,%d\n" % (i, distances.index(min(distances))))

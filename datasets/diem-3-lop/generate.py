#!/usr/bin/env python3
"""Generates train.csv and test.csv of the diem-3-lop dataset: 2-D points around three centres.

Run once from this folder (python3 generate.py); the seed makes the files the same every time.
"""
import random

CENTRES = [(-2.0, 0.0), (2.0, 0.0), (0.0, 2.5)]
rng = random.Random(20261122)


def rows(n, start):
    out = []
    for i in range(n):
        label = i % 3
        cx, cy = CENTRES[label]
        out.append((start + i, round(rng.gauss(cx, 1.0), 4), round(rng.gauss(cy, 1.0), 4), label))
    rng.shuffle(out)
    return out


with open("train.csv", "w") as f:
    f.write("id,x1,x2,label\n")
    for r in rows(300, 0):
        f.write("%d,%s,%s,%d\n" % r)
with open("test.csv", "w") as f:
    f.write("id,x1,x2,label\n")
    for r in rows(150, 1000):
        f.write("%d,%s,%s,%d\n" % r)

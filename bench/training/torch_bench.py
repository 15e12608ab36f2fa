"""PyTorch baseline for bench/training/run.sh: the same MLP and CNN as TrainingBench.java, the
same Fashion-MNIST subset, batch 64, Adam 1e-3, one thread, one timed epoch after 10 warm-up
batches. Prints RESULT lines."""
import gzip
import struct
import sys
import time

import numpy as np
import torch
from torch import nn


def idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    magic, = struct.unpack(">i", data[:4])
    rank = magic & 0xFF
    dims = struct.unpack(">" + "i" * rank, data[4 : 4 + 4 * rank])
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * rank).reshape(dims)


def timed(name, model, x, y, batch=64):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    g = torch.Generator().manual_seed(1)

    def epoch(limit=None):
        order = torch.randperm(len(x), generator=g)
        for i, start in enumerate(range(0, len(x), batch)):
            if limit is not None and i >= limit:
                return
            rows = order[start : start + batch]
            opt.zero_grad()
            loss = loss_fn(model(x[rows]), y[rows])
            loss.backward()
            opt.step()

    epoch(limit=10)
    start = time.perf_counter()
    epoch()
    seconds = time.perf_counter() - start
    print(f"RESULT pytorch {name} {len(x) / seconds:.1f}", flush=True)


def main():
    data, n_mlp, n_cnn = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    torch.set_num_threads(1)
    torch.manual_seed(42)
    images = torch.from_numpy(idx(f"{data}/train-images-idx3-ubyte.gz").astype(np.float32) / 255.0)
    labels = torch.from_numpy(idx(f"{data}/train-labels-idx1-ubyte.gz").astype(np.int64))
    mlp = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))
    timed("mlp", mlp, images[:n_mlp].reshape(-1, 784), labels[:n_mlp])
    cnn = nn.Sequential(
        nn.Conv2d(1, 16, 5), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 5), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(32 * 4 * 4, 128), nn.ReLU(), nn.Linear(128, 10))
    timed("cnn", cnn, images[:n_cnn].reshape(-1, 1, 28, 28), labels[:n_cnn])
    with open("/proc/self/maps") as maps:
        blas = sorted({line.split()[-1] for line in maps if "blas" in line})
    print("BLAS " + " ".join(blas), flush=True)


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# 20 batches of 100 departments, each killed at a random moment (SIGTERM, SIGINT, kill -9 in
# turn), each followed by a clean run: only complete PDFs, a summary after a catchable signal,
# no temporary file after the next run. Pass a seed to repeat a run: interrupt-trials.sh SEED
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -B -q test -Dtest=InterruptedBatchTest -Dinterrupt.trials=20 -Dinterrupt.departments=100 \
  ${1:+-Dinterrupt.seed=$1}

"""The learn step: optimizers propose candidates; memory CI scans, quarantines, replays and decides."""

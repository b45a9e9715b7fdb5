"""The change feed: capture of every change to a synced row, pull, snapshot, compaction."""

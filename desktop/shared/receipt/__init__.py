"""Receipts: one document model (`document`, Qt-free), the wording the receipts share
(`common`), one till-roll printer for every receipt (`till_roll`) and the panel that shows
the last receipt with its print and save buttons (`panel`). Each work area only builds its
receipt's document from its own data."""

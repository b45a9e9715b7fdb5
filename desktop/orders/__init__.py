"""The store's pickup queue: orders from every channel collected here, prepared and handed over.

- Views (lay out, say what staff asked for): `page_view`, `detail_panel`, `queue_model`,
  `change_view`, `hand_over_dialog`, `done_panel`.
- Flow (react to the views, run the background work, decide what to show): `page`
  (`PickupPage`), `change_dialog`, `change_products`, `preparing`, `handing_over`, `reads`.
- Qt-free: `records` (the values shown), `queries` (reads), `actions` and `order_change`
  (changes, as shared commands), `handover_data`.
- Wording and printing: `texts`, `pick_list`, `handover_receipt`.
"""

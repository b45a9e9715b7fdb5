"""The store's pickup queue: orders from every channel collected here, prepared and handed over."""

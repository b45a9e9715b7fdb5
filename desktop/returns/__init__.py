"""Returns at the till: goods from an order of any channel, taken back and refunded."""

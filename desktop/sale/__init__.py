"""The sale work area: cart, checkout, payment and receipt."""

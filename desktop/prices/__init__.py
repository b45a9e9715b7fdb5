"""The prices work area: pricing staff set a product's price in their price lists."""

"""The shared data model: the same tables on the central API and in every replica."""

from sync.model.applications import Application, ApplicationFile
from sync.model.base import Base, SyncedMixin
from sync.model.catalogue import Barcode, Price, PriceList, Product, Promotion, Stock, TaxRate
from sync.model.commerce import Cart, CartLine, Order, OrderLine, Payment
from sync.model.customers import Channel, Customer, Interaction
from sync.model.org import Role, StaffUser, Store, StoreNeighbour, Territory
from sync.model.returns import Return, ReturnLine

__all__ = [
    "Application",
    "ApplicationFile",
    "Barcode",
    "Base",
    "Cart",
    "CartLine",
    "Channel",
    "Customer",
    "Interaction",
    "Order",
    "OrderLine",
    "Payment",
    "Price",
    "PriceList",
    "Product",
    "Promotion",
    "Return",
    "ReturnLine",
    "Role",
    "StaffUser",
    "Stock",
    "Store",
    "StoreNeighbour",
    "SyncedMixin",
    "TaxRate",
    "Territory",
]

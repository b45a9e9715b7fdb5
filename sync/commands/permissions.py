"""Which staff roles may issue which commands, and who may change which price list.

The web channel (no staff member) is allowed per command with `web=True`; a device
only ever acts for a signed-in staff member whose role is checked against these sets.
"""

from __future__ import annotations

from sync.commands.base import STAFF_ROLES, CommandContext
from sync.model import PriceList, Role, Store
from sync.model.org import StoreKind
from sync.rules.errors import RuleViolation

EVERYONE = STAFF_ROLES
SELLERS = frozenset({Role.CASHIER, Role.FIELD_REP, Role.MANAGER})
REVIEWERS = frozenset({Role.ADVISOR, Role.MANAGER})
MANAGERS = frozenset({Role.MANAGER})
SIGNERS = frozenset({Role.ADVISOR, Role.FIELD_REP, Role.MANAGER})
OFFICES = frozenset({StoreKind.OFFICE.value, StoreKind.HEAD_OFFICE.value})
NOT_PRICING_AUTHORITY = "not_pricing_authority"


def is_manager(role: str | None) -> bool:
    return role == Role.MANAGER.value


def price_authority_refusal(
    role: str | None, office: Store | None, price_list: PriceList
) -> str | None:
    """Why a person with `role`, working at `office`, may not change `price_list` (its
    prices, base or segment); None when they may.

    Prices are set centrally, never by a store:
    - only staff with the pricing role change a price list, and only from an office
      (a store of kind "office" or "head_office", which sells nothing);
    - a list of a country is changed by pricing staff of an office in that country;
    - a company-wide list (no country) is changed only by pricing staff of the head
      office, since it prices sales in every country that has no list of its own.
    """
    if role != Role.PRICING.value:
        who = role.replace("_", " ") if role is not None else "web channel"
        return (
            f"Prices are set centrally by pricing staff: a {who} may not change the "
            f"price list {price_list.code}."
        )
    if office is None or office.kind not in OFFICES:
        return (
            "Prices are set from an office: pricing staff working at a shop, branch or "
            "territory may not change a price list."
        )
    if price_list.country is None:
        if office.kind != StoreKind.HEAD_OFFICE.value:
            return (
                f"The price list {price_list.code} is company-wide: only pricing staff "
                "of the head office may change it."
            )
    elif price_list.country != office.country:
        return (
            f"The price list {price_list.code} belongs to {price_list.country}: pricing "
            f"staff of {office.country} may not change it."
        )
    return None


def check_price_authority(ctx: CommandContext, price_list: PriceList) -> None:
    """Refuse (`not_pricing_authority`) unless the caller may change `price_list`; see
    `price_authority_refusal`. Every command that changes prices, segment prices or
    promotions calls this first, so the device and the server refuse alike."""
    actor = ctx.actor
    office = (
        ctx.session.get(Store, actor.store_id) if actor is not None and actor.store_id else None
    )
    refusal = price_authority_refusal(actor.role if actor else None, office, price_list)
    if refusal is not None:
        raise RuleViolation(NOT_PRICING_AUTHORITY, refusal, {"price_list": price_list.code})

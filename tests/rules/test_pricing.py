"""The one pricing engine: list prices, promotions, VAT and cart totals."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from uuid import UUID

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.rules.errors import RuleViolation
from sync.rules.pricing import (
    PriceBook,
    PriceEntry,
    ProductInfo,
    Promotion,
    PromotionKind,
    extract_tax,
    price_cart,
    price_line,
    unit_price,
)

EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
NOW = datetime(2024, 6, 15, 12, 0, tzinfo=UTC)
TV = UUID("00000000-0000-0000-0000-000000000001")
CABLE = UUID("00000000-0000-0000-0000-000000000002")
KETTLE = UUID("00000000-0000-0000-0000-000000000003")
PRODUCTS = {
    TV: ProductInfo(TV, "SKU-TV", "Television 55in", "tv", Decimal("23")),
    CABLE: ProductInfo(CABLE, "SKU-CABLE", "HDMI cable", "audio", Decimal("23")),
    KETTLE: ProductInfo(KETTLE, "SKU-KETTLE", "Kettle", "kitchen", Decimal("8")),
}
_ids = iter(range(1000, 100000))


def entry(amount: str, start: datetime = EPOCH, end: datetime | None = None) -> PriceEntry:
    return PriceEntry(Decimal(amount), start, end)


def promo(
    code: str,
    kind: PromotionKind = PromotionKind.PERCENT_OFF,
    *,
    percent: str | None = None,
    amount: str | None = None,
    buy: int | None = None,
    pay: int | None = None,
    product: UUID | None = None,
    category: str | None = None,
    segment: str | None = None,
    min_quantity: int = 1,
    starts: datetime = EPOCH,
    ends: datetime | None = None,
    currency: str | None = None,
    name: str | None = None,
) -> Promotion:
    return Promotion(
        promotion_id=UUID(int=next(_ids)),
        code=code,
        name=name or f"Promotion {code}",
        kind=kind,
        percent=Decimal(percent) if percent else None,
        amount=Decimal(amount) if amount else None,
        buy_quantity=buy,
        pay_quantity=pay,
        product_id=product,
        category=category,
        segment=segment,
        min_quantity=min_quantity,
        starts_at=starts,
        ends_at=ends,
        currency=currency,
    )


def book(
    promotions: list[Promotion] | None = None,
    currency: str = "PLN",
    vip: dict[UUID, list[PriceEntry]] | None = None,
) -> PriceBook:
    return PriceBook(
        currency=currency,
        products=PRODUCTS,
        base_prices={TV: [entry("2999.00")], CABLE: [entry("19.99")], KETTLE: [entry("129.99")]},
        segment_prices={"vip": vip if vip is not None else {TV: [entry("2799.00")]}},
        promotions=promotions or [],
    )


def bundle_3_for_2(code: str = "CABLES-3FOR2") -> Promotion:
    return promo(code, PromotionKind.BUNDLE, buy=3, pay=2, product=CABLE)


# --- list prices ----------------------------------------------------------------------


def test_vip_segment_price_beats_the_base_list() -> None:
    assert price_line(book(), TV, "vip", 1, NOW).unit_list_price == Decimal("2799.00")
    assert price_line(book(), TV, "retail", 1, NOW).unit_list_price == Decimal("2999.00")


def test_segment_without_its_own_price_pays_the_base_price() -> None:
    assert price_line(book(), KETTLE, "vip", 2, NOW).list_total == Decimal("259.98")


def test_expired_segment_price_falls_back_to_the_base_list() -> None:
    vip = {TV: [entry("2499.00", EPOCH, NOW)]}
    assert unit_price(book(vip=vip), TV, "vip", NOW - timedelta(seconds=1)) == Decimal("2499.00")
    assert unit_price(book(vip=vip), TV, "vip", NOW) == Decimal("2999.00")


def test_latest_valid_price_wins_and_validity_is_half_open() -> None:
    june = datetime(2024, 6, 1, tzinfo=UTC)
    july = datetime(2024, 7, 1, tzinfo=UTC)
    b = replace(book(), base_prices={TV: [entry("2999.00"), entry("2599.00", june, july)]})
    assert unit_price(b, TV, "retail", june - timedelta(microseconds=1)) == Decimal("2999.00")
    assert unit_price(b, TV, "retail", june) == Decimal("2599.00")
    assert unit_price(b, TV, "retail", july) == Decimal("2999.00")


def test_two_prices_starting_together_resolve_to_the_lower_one() -> None:
    for prices in ([entry("2999.00"), entry("2899.00")], [entry("2899.00"), entry("2999.00")]):
        b = replace(book(), base_prices={TV: prices})
        assert unit_price(b, TV, "retail", NOW) == Decimal("2899.00")


def test_product_without_a_valid_price_is_refused() -> None:
    b = replace(book(), base_prices={TV: [entry("2999.00", NOW)]})
    with pytest.raises(RuleViolation) as caught:
        price_line(b, TV, "retail", 1, NOW - timedelta(days=1))
    assert caught.value.code == "no_price"
    assert "Television 55in" in caught.value.message
    with pytest.raises(RuleViolation) as caught:
        price_line(b, CABLE, "retail", 1, NOW)
    assert caught.value.code == "no_price"


def test_unknown_product_is_refused() -> None:
    with pytest.raises(RuleViolation) as caught:
        price_line(book(), UUID(int=99), "retail", 1, NOW)
    assert caught.value.code == "unknown_product"


@pytest.mark.parametrize("quantity", [0, -1, 10000, True, "3", 2.0, None])
def test_quantity_must_be_a_whole_number_from_1_to_9999(quantity: object) -> None:
    with pytest.raises(RuleViolation) as caught:
        price_line(book(), CABLE, "retail", quantity, NOW)  # type: ignore[arg-type]
    assert caught.value.code == "invalid_quantity"
    assert "HDMI cable" in caught.value.message


def test_largest_quantity_is_accepted() -> None:
    assert price_line(book(), CABLE, "retail", 9999, NOW).list_total == Decimal("199880.01")


def test_naive_time_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        price_line(book(), CABLE, "retail", 1, datetime(2024, 6, 15, 12, 0))
    with pytest.raises(ValueError):
        price_cart(book(), [(CABLE, 1)], "retail", datetime(2024, 6, 15, 12, 0))


# --- promotions -----------------------------------------------------------------------


def test_bundle_3_for_2_on_7_units_charges_5() -> None:
    line = price_line(book([bundle_3_for_2()]), CABLE, "retail", 7, NOW)
    assert line.list_total == Decimal("139.93")
    assert line.discount == Decimal("39.98")
    assert line.total == Decimal("99.95")  # 5 x 19.99
    assert line.promotion_code == "CABLES-3FOR2"
    assert line.promotion_name == "Promotion CABLES-3FOR2"


def test_bundle_short_of_a_group_gives_no_discount_and_names_no_promotion() -> None:
    line = price_line(book([bundle_3_for_2()]), CABLE, "retail", 2, NOW)
    assert line.discount == Decimal("0.00")
    assert line.promotion_code is None
    assert line.promotion_name is None


def test_percent_off_rounds_the_line_discount_half_up() -> None:
    line = price_line(book([promo("TEN", percent="10", product=CABLE)]), CABLE, "retail", 3, NOW)
    assert line.discount == Decimal("6.00")  # 10 % of 59.97 = 5.997
    assert line.total == Decimal("53.97")


def test_percent_off_rounds_an_exact_half_cent_up() -> None:
    b = replace(
        book([promo("HALF", percent="10", product=CABLE)]), base_prices={CABLE: [entry("0.05")]}
    )
    assert price_line(b, CABLE, "retail", 1, NOW).discount == Decimal("0.01")


def test_amount_off_is_per_unit_and_only_in_its_currency() -> None:
    off = promo("FIVE", PromotionKind.AMOUNT_OFF, amount="5.00", product=CABLE, currency="PLN")
    assert price_line(book([off]), CABLE, "retail", 3, NOW).discount == Decimal("15.00")
    assert price_line(book([off], currency="EUR"), CABLE, "retail", 3, NOW).discount == 0


def test_percent_promotion_with_a_currency_only_applies_in_that_currency() -> None:
    only_eur = promo("EUR10", percent="10", currency="EUR")
    assert price_line(book([only_eur]), TV, "retail", 1, NOW).discount == 0
    assert price_line(book([only_eur], currency="EUR"), TV, "retail", 1, NOW).discount > 0


def test_discount_never_makes_a_line_negative() -> None:
    huge = promo("HUGE", PromotionKind.AMOUNT_OFF, amount="50.00", product=CABLE, currency="PLN")
    line = price_line(book([huge]), CABLE, "retail", 4, NOW)
    assert line.discount == line.list_total == Decimal("79.96")
    assert line.total == line.tax == line.net == Decimal("0.00")


def test_expired_and_future_promotions_do_not_apply() -> None:
    expired = promo("OLD", percent="50", ends=NOW)
    future = promo("NEW", percent="50", starts=NOW + timedelta(seconds=1))
    line = price_line(book([expired, future]), TV, "retail", 1, NOW)
    assert line.discount == 0
    assert line.promotion_code is None


def test_promotion_starts_inclusively_and_ends_exclusively() -> None:
    window = promo("WEEK", percent="10", starts=NOW, ends=NOW + timedelta(days=7))
    b = book([window])
    assert price_line(b, TV, "retail", 1, NOW).promotion_code == "WEEK"
    last_moment = NOW + timedelta(days=7) - timedelta(microseconds=1)
    assert price_line(b, TV, "retail", 1, last_moment).promotion_code == "WEEK"
    assert price_line(b, TV, "retail", 1, NOW + timedelta(days=7)).promotion_code is None


def test_activity_compares_instants_whatever_the_time_zone() -> None:
    warsaw_summer = timezone(timedelta(hours=2))
    b = book([promo("SOON", percent="10", starts=NOW)])
    assert price_line(b, TV, "retail", 1, NOW.astimezone(warsaw_summer)).promotion_code == "SOON"
    before = (NOW - timedelta(minutes=1)).astimezone(warsaw_summer)
    assert price_line(b, TV, "retail", 1, before).promotion_code is None


def test_segment_promotion_only_for_that_segment() -> None:
    b = book([promo("VIP5", percent="5", segment="vip")])
    assert price_line(b, KETTLE, "vip", 1, NOW).promotion_code == "VIP5"
    assert price_line(b, KETTLE, "retail", 1, NOW).promotion_code is None


def test_category_promotion_only_for_products_of_that_category() -> None:
    b = book([promo("AUDIO", percent="20", category="audio")])
    assert price_line(b, CABLE, "retail", 1, NOW).promotion_code == "AUDIO"
    assert price_line(b, TV, "retail", 1, NOW).promotion_code is None


def test_promotion_without_product_or_category_applies_to_everything() -> None:
    b = book([promo("ALL", percent="1")])
    assert {price_line(b, p, "retail", 1, NOW).promotion_code for p in PRODUCTS} == {"ALL"}


def test_minimum_quantity_is_required() -> None:
    b = book([promo("BULK", percent="10", product=CABLE, min_quantity=5)])
    assert price_line(b, CABLE, "retail", 4, NOW).promotion_code is None
    assert price_line(b, CABLE, "retail", 5, NOW).promotion_code == "BULK"


def test_promotions_do_not_stack_and_the_best_one_wins() -> None:
    ten = promo("TEN", percent="10", product=CABLE)
    bundle = bundle_3_for_2()
    b = book([ten, bundle])
    assert price_line(b, CABLE, "retail", 2, NOW).promotion_code == "TEN"  # bundle gives 0
    line = price_line(b, CABLE, "retail", 3, NOW)  # 19.99 off beats 6.00 off
    assert line.promotion_code == "CABLES-3FOR2"
    assert line.discount == Decimal("19.99")


def test_ties_are_broken_by_the_lowest_code_whatever_the_order() -> None:
    a = promo("A-TEN", percent="10")
    z = promo("Z-TEN", percent="10")
    for promotions in ([a, z], [z, a]):
        assert price_line(book(promotions), TV, "retail", 1, NOW).promotion_code == "A-TEN"


def test_malformed_promotions_are_refused_when_built() -> None:
    with pytest.raises(ValueError):
        promo("BAD", PromotionKind.BUNDLE, buy=2, pay=2)
    with pytest.raises(ValueError):
        promo("BAD", percent="120")
    with pytest.raises(ValueError):
        promo("BAD", PromotionKind.AMOUNT_OFF, amount="5.00")  # no currency
    with pytest.raises(ValueError):
        promo("BAD", percent="10", starts=datetime(2024, 1, 1))
    with pytest.raises(ValueError):
        promo("BAD", percent="10", ends=EPOCH)
    with pytest.raises(ValueError):
        PriceEntry(Decimal("1.999"), EPOCH)


def test_promotion_kind_given_as_text_is_accepted() -> None:
    bundle = replace(bundle_3_for_2(), kind="bundle")  # type: ignore[arg-type]
    assert bundle.kind is PromotionKind.BUNDLE


# --- tax ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "rate", "tax"),
    [
        ("123.00", "23", "23.00"),
        ("19.99", "23", "3.74"),
        ("99.95", "23", "18.69"),
        ("122.00", "22", "22.00"),
        ("9.99", "22", "1.80"),
        ("0.01", "23", "0.00"),
        ("108.00", "8", "8.00"),
        ("50.00", "0", "0.00"),
    ],
)
def test_tax_is_extracted_from_the_gross_total(total: str, rate: str, tax: str) -> None:
    assert extract_tax(Decimal(total), Decimal(rate)) == Decimal(tax)


def test_line_net_plus_tax_is_the_gross_total_for_polish_and_italian_vat() -> None:
    line = price_line(book(), CABLE, "retail", 1, NOW)
    assert (line.tax, line.net, line.total) == (Decimal("3.74"), Decimal("16.25"), Decimal("19.99"))
    italian = replace(PRODUCTS[CABLE], tax_rate=Decimal("22"))
    b = replace(
        book(),
        currency="EUR",
        products={**PRODUCTS, CABLE: italian},
        base_prices={CABLE: [entry("4.99")]},
    )
    line = price_line(b, CABLE, "retail", 2, NOW)
    assert (line.tax, line.net, line.total) == (Decimal("1.80"), Decimal("8.18"), Decimal("9.98"))


# --- carts ----------------------------------------------------------------------------


def test_cart_merges_lines_of_the_same_product_in_first_seen_order() -> None:
    cart = price_cart(book([bundle_3_for_2()]), [(CABLE, 4), (TV, 1), (CABLE, 3)], "retail", NOW)
    assert [(line.sku, line.quantity) for line in cart.lines] == [("SKU-CABLE", 7), ("SKU-TV", 1)]
    assert cart.lines[0].total == Decimal("99.95")  # the bundle sees all 7 units


def test_cart_refuses_a_merged_quantity_above_the_limit() -> None:
    with pytest.raises(RuleViolation) as caught:
        price_cart(book(), [(CABLE, 5000), (CABLE, 5000)], "retail", NOW)
    assert caught.value.code == "invalid_quantity"
    assert "HDMI cable (SKU-CABLE)" in caught.value.message
    assert "10000" in caught.value.message


def test_cart_refuses_a_bad_quantity_on_any_line() -> None:
    with pytest.raises(RuleViolation) as caught:
        price_cart(book(), [(CABLE, 2), (CABLE, -1)], "retail", NOW)
    assert caught.value.code == "invalid_quantity"


def test_empty_cart_costs_nothing() -> None:
    cart = price_cart(book(), [], "retail", NOW)
    assert cart.lines == ()
    assert cart.to_wire()["total"] == "0.00"


def test_cart_wire_form() -> None:
    warsaw = timezone(timedelta(hours=2))
    cart = price_cart(book([bundle_3_for_2()]), [(CABLE, 3)], "vip", NOW.astimezone(warsaw))
    wire = cart.to_wire()
    assert wire == {
        "currency": "PLN",
        "segment": "vip",
        "priced_at": "2024-06-15T12:00:00Z",
        "lines": [
            {
                "product_id": str(CABLE),
                "sku": "SKU-CABLE",
                "name": "HDMI cable",
                "quantity": 3,
                "unit_list_price": "19.99",
                "list_total": "59.97",
                "discount": "19.99",
                "promotion_code": "CABLES-3FOR2",
                "promotion_name": "Promotion CABLES-3FOR2",
                "total": "39.98",
                "net": "32.50",
                "tax_rate": "23.00",
                "tax": "7.48",
            }
        ],
        "list_total": "59.97",
        "discount_total": "19.99",
        "net_total": "32.50",
        "tax_total": "7.48",
        "total": "39.98",
    }


# --- properties -----------------------------------------------------------------------

cents = st.integers(min_value=0, max_value=500_000).map(lambda c: Decimal(c).scaleb(-2))
offsets = st.integers(min_value=-400, max_value=400).map(lambda days: NOW + timedelta(days=days))


@st.composite
def promotions(draw: st.DrawFn) -> Promotion:
    kind = draw(st.sampled_from(PromotionKind))
    start = draw(offsets)
    end = draw(st.none() | st.integers(min_value=1, max_value=400))
    buy = draw(st.integers(min_value=2, max_value=6))
    return promo(
        draw(st.sampled_from(["A", "B", "C", "D"])),
        kind,
        percent=str(Decimal(draw(st.integers(min_value=1, max_value=10000))).scaleb(-2))
        if kind is PromotionKind.PERCENT_OFF
        else None,
        amount=str(draw(cents.filter(bool))) if kind is PromotionKind.AMOUNT_OFF else None,
        buy=buy if kind is PromotionKind.BUNDLE else None,
        pay=draw(st.integers(min_value=1, max_value=buy - 1))
        if kind is PromotionKind.BUNDLE
        else None,
        product=draw(st.none() | st.sampled_from(list(PRODUCTS))),
        category=draw(st.none() | st.sampled_from(["tv", "audio", "kitchen"])),
        segment=draw(st.none() | st.sampled_from(["retail", "vip"])),
        min_quantity=draw(st.integers(min_value=1, max_value=5)),
        starts=start,
        ends=start + timedelta(days=end) if end else None,
        currency=draw(st.sampled_from(["PLN", "EUR"]))
        if kind is PromotionKind.AMOUNT_OFF
        else draw(st.none() | st.just("PLN")),
    )


@st.composite
def entries(draw: st.DrawFn, *, open_ended: bool) -> list[PriceEntry]:
    found = [PriceEntry(draw(cents), EPOCH)] if open_ended else []
    for amount, start, days in draw(
        st.lists(
            st.tuples(cents, offsets, st.none() | st.integers(min_value=1, max_value=200)),
            max_size=3,
        )
    ):
        found.append(PriceEntry(amount, start, start + timedelta(days=days) if days else None))
    return found


@st.composite
def books(draw: st.DrawFn) -> PriceBook:
    return PriceBook(
        currency="PLN",
        products=PRODUCTS,
        base_prices={product: draw(entries(open_ended=True)) for product in PRODUCTS},
        segment_prices={"vip": {product: draw(entries(open_ended=False)) for product in PRODUCTS}},
        promotions=draw(st.lists(promotions(), max_size=6)),
    )


cart_lines = st.lists(
    st.tuples(st.sampled_from(list(PRODUCTS)), st.integers(min_value=1, max_value=40)),
    max_size=8,
)


@given(books(), cart_lines, st.sampled_from(["retail", "vip"]), offsets)
def test_cart_totals_are_exact_sums_of_the_lines(
    b: PriceBook, lines: list[tuple[UUID, int]], segment: str, at: datetime
) -> None:
    cart = price_cart(b, lines, segment, at)
    for cart_field, line_field in [
        ("list_total", "list_total"),
        ("discount_total", "discount"),
        ("net_total", "net"),
        ("tax_total", "tax"),
        ("total", "total"),
    ]:
        expected = sum((getattr(line, line_field) for line in cart.lines), Decimal(0))
        assert getattr(cart, cart_field) == expected
    assert cart.total == cart.list_total - cart.discount_total == cart.net_total + cart.tax_total
    for line in cart.lines:
        assert Decimal(0) <= line.discount <= line.list_total
        assert line.total == line.list_total - line.discount >= 0
        assert line.net + line.tax == line.total
        assert line.list_total == line.unit_list_price * line.quantity
    assert sum(line.quantity for line in cart.lines) == sum(q for _, q in lines)


@given(books(), cart_lines, st.sampled_from(["retail", "vip"]), offsets, st.randoms())
def test_same_data_in_any_order_gives_the_same_breakdown(
    b: PriceBook,
    lines: list[tuple[UUID, int]],
    segment: str,
    at: datetime,
    rnd: random.Random,
) -> None:
    """A till and the web load the same rows in different orders: same breakdown."""
    shuffled = replace(
        b,
        promotions=rnd.sample(list(b.promotions), len(b.promotions)),
        base_prices={p: rnd.sample(list(e), len(e)) for p, e in reversed(b.base_prices.items())},
        segment_prices={
            "vip": {p: rnd.sample(list(e), len(e)) for p, e in b.segment_prices["vip"].items()}
        },
    )
    first = price_cart(b, lines, segment, at)
    assert price_cart(b, lines, segment, at) == first
    assert price_cart(shuffled, lines, segment, at).to_wire() == first.to_wire()


@given(books(), st.sampled_from(list(PRODUCTS)), st.integers(min_value=1, max_value=60), offsets)
def test_the_chosen_promotion_gives_the_largest_discount(
    b: PriceBook, product: UUID, quantity: int, at: datetime
) -> None:
    line = price_line(b, product, "retail", quantity, at)
    for promotion in b.promotions:
        single = price_line(replace(b, promotions=[promotion]), product, "retail", quantity, at)
        assert single.discount <= line.discount
        if single.discount == line.discount and single.promotion_code is not None:
            assert line.promotion_code is not None
            assert line.promotion_code <= single.promotion_code

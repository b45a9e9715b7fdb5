"""local search indexes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 21:00:00.000000

Indexes on expressions for sync.client.search: folded names (case and Polish/Italian
accents), lower-case e-mail, the national part of phone numbers, product names. SQLite
maintains them on every write, whoever makes it. The expressions are written out here
as they were at this revision; sync.client.search builds the same text, and its tests
check that its queries use these indexes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

FOLDS = (
    ("ą", "a"),
    ("ć", "c"),
    ("ę", "e"),
    ("ł", "l"),
    ("ń", "n"),
    ("ó", "o"),
    ("ś", "s"),
    ("ź", "z"),
    ("ż", "z"),
    ("Ą", "a"),
    ("Ć", "c"),
    ("Ę", "e"),
    ("Ł", "l"),
    ("Ń", "n"),
    ("Ó", "o"),
    ("Ś", "s"),
    ("Ź", "z"),
    ("Ż", "z"),
    ("à", "a"),
    ("è", "e"),
    ("é", "e"),
    ("ì", "i"),
    ("ò", "o"),
    ("ù", "u"),
)


def folded(column: str) -> str:
    chain = f"lower({column})"
    for letter, base in FOLDS:
        chain = f"replace({chain}, '{letter}', '{base}')"
    return f"CASE WHEN {column} GLOB '*[^ -~]*' THEN {chain} ELSE lower({column}) END"


LAST = folded("last_name")
FIRST = folded("first_name")
EMAIL = "lower(email)"
PHONE = "replace(replace(phone, ' ', ''), '-', '')"
PHONE_NATIONAL = (
    f"CASE WHEN phone NOT GLOB '+*' THEN {PHONE} "
    f"WHEN phone GLOB '+[17]*' THEN substr({PHONE}, 3) "
    "WHEN phone GLOB '+2[1-69]*' OR phone GLOB '+3[578]*' OR phone GLOB '+42*' "
    "OR phone GLOB '+5[09]*' OR phone GLOB '+6[7-9]*' OR phone GLOB '+8[578]*' "
    f"OR phone GLOB '+9[679]*' THEN substr({PHONE}, 5) "
    f"ELSE substr({PHONE}, 4) END"
)

INDEXES = (
    # The result order (last, first, id) and every key a search walks it for.
    (
        "ix_customers_search_name",
        "customers",
        [LAST, FIRST, "id", EMAIL, "phone", PHONE_NATIONAL, "loyalty_card", "number"],
    ),
    ("ix_customers_search_first", "customers", [FIRST, LAST, "id"]),
    ("ix_customers_search_email", "customers", [EMAIL, LAST, FIRST, "id"]),
    ("ix_customers_search_national", "customers", [PHONE_NATIONAL]),
    ("ix_products_search_name", "products", [folded("name"), "id"]),
)


def upgrade() -> None:
    for name, table, expressions in INDEXES:
        op.create_index(name, table, [sa.text(e) for e in expressions], unique=False)


def downgrade() -> None:
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)

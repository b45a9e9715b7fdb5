"""A longer run of the API contract test: schemathesis against the served OpenAPI
document, many examples per route (default 500), every answer checked against it.

    python scripts/contract.py [EXAMPLES]

The test suite runs the same test with a few examples per route (tests/server/test_contract.py).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    examples = sys.argv[1] if len(sys.argv) > 1 else "500"
    os.environ["OMNIDESK_CONTRACT_EXAMPLES"] = str(int(examples))
    os.chdir(ROOT)
    return pytest.main(
        ["-q", "-p", "no:cacheprovider", "--timeout=0", "tests/server/test_contract.py"]
    )


if __name__ == "__main__":
    raise SystemExit(main())

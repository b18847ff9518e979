"""A stateful mock of the iCloudReady Opportunities API (SQLite-backed, validating)."""

from ._app import DEMO_TOKEN, DEMO_USER, MockAPI
from ._faults import Faults
from ._rate_limit import RateLimiter
from ._store import Store

__all__ = ["DEMO_TOKEN", "DEMO_USER", "Faults", "MockAPI", "RateLimiter", "Store"]

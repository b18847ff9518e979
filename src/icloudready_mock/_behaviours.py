"""The API's quirks, declared in one place and attached to operationIds.

Everything else the mock does is derived from openapi.yaml by operation kind (list,
create, retrieve, replace, patch, delete, sub-resource, bulk update, sign-in). What the
spec's shapes cannot say is here, as data plus a few small functions:

- ``createOpportunity`` appends an activity-log entry of its own where the log has room
  under the create schema's ``maxItems`` (the no-activity variant,
  ``createOpportunityWithoutActivity``, is a plain create and is not listed).

- The authenticator's actions whose meaning is clear are served by the app's account
  handlers: sign-up and free trial make an account (``sign-up``) that sign-in then accepts,
  ``/authenticator/signin2`` signs in like ``/signin``, ``me`` reads the signed-in account
  and ``PATCH me`` changes it. The subscription actions are not listed: nothing says what a
  subscription does, so they answer 501 (after authentication and body validation).

Bulk updates and sign-in are kinds of the spec model (``bulk-update``, ``sign-in``), served
for every operation of that kind. An operationId listed here that the spec no longer has
is ignored; an ``action`` the mock finds no behaviour for answers 501 naming it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

Document = dict[str, Any]


def append_activity(field: str, activity: str, logs: str) -> Callable[[Document], Document]:
    """A create hook: one more entry in the record's activity log, numbered after the others."""

    def hook(fields: Document) -> Document:
        log = list(fields.get(field) or [])
        log.append(
            {
                "activityNumber": len(log) + 1,
                "activity": activity,
                "activityDate": datetime.now(UTC).date().isoformat(),
                "logs": logs,
            }
        )
        return {**fields, field: log}

    return hook


@dataclass(frozen=True)
class Behaviour:
    # Applied to the validated fields of a create before they are stored.
    on_create: Callable[[Document], Document] | None = None
    # A handler of the app's own (see MockAPI.BEHAVIOUR_HANDLERS) instead of the derived one.
    handler: str | None = None


BEHAVIOURS: dict[str, Behaviour] = {
    "createOpportunity": Behaviour(
        on_create=append_activity("activityLog", "Opportunity created", "Created through the API.")
    ),
    "createFreeTrial": Behaviour(handler="sign-up"),
    "signUpAuthenticator": Behaviour(handler="sign-up"),
    "signInAuthenticator": Behaviour(handler="sign-in"),
    "retrieveAuthenticatorMe": Behaviour(handler="me"),
    "updateAuthenticatorMe": Behaviour(handler="update-me"),
}

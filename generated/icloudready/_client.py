# Generated from openapi.yaml by openapi-python-client and overrides/templates/api_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""``Client`` and ``AsyncClient``: the runtime's request pipeline plus a resource per tag."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self

from icloudready_runtime._base_client import AsyncAPIClient, SyncAPIClient

# servers[0] of openapi.yaml.
BASE_URL = "https://api.icloud-ready.com/api/v2"
# x-rate-limits of openapi.yaml: requests per minute and per hour of each tier.
RATE_LIMITS: Mapping[str, tuple[int, int]] = {
    "standard": (480, 4800),
    "intensive": (240, 1200),
}
DEFAULT_TIER = "standard"
# Every path of openapi.yaml: an id equal to another route's literal segment is refused.
ROUTES: tuple[str, ...] = (
    "/signin",
    "/opportunities",
    "/opportunities/no-activity-opportunities",
    "/opportunities/multiple",
    "/opportunities/{id}",
    "/opportunities/deleted/{id}",
    "/leads",
    "/leads/{id}",
    "/batches",
    "/batches/{id}",
    "/realms",
    "/realms/{id}",
    "/customers",
    "/customers/{id}",
    "/contracts",
    "/sales-stages",
    "/sales-stages/{id}",
    "/subprojects",
    "/subprojects/{id}",
    "/reservations",
    "/reservations/{id}",
    "/audiences",
    "/audiences/{id}",
    "/sequences",
    "/sequences/{id}",
    "/lookupvalues",
    "/lookupvalues/{id}",
    "/terms",
    "/terms/{id}",
    "/units/",
    "/customFields/objects",
    "/customFields/{object}",
    "/customFields/{object}/{fieldId}",
    "/authenticator/freetrial",
    "/authenticator/stripe_subscriptions",
    "/authenticator/create_subscription",
    "/authenticator/update_subscription",
    "/authenticator/cancel_subscription",
    "/authenticator/signup2",
    "/authenticator/signin2",
    "/authenticator/me",
)

if TYPE_CHECKING:
    from .resources.audiences import AsyncAudiencesResource, AudiencesResource
    from .resources.auth import AsyncAuthResource, AuthResource
    from .resources.authenticator import AsyncAuthenticatorResource, AuthenticatorResource
    from .resources.batches import AsyncBatchesResource, BatchesResource
    from .resources.contracts import AsyncContractsResource, ContractsResource
    from .resources.custom_fields import AsyncCustomFieldsResource, CustomFieldsResource
    from .resources.customers import AsyncCustomersResource, CustomersResource
    from .resources.leads import AsyncLeadsResource, LeadsResource
    from .resources.lookup_values import AsyncLookupValuesResource, LookupValuesResource
    from .resources.opportunities import AsyncOpportunitiesResource, OpportunitiesResource
    from .resources.realms import AsyncRealmsResource, RealmsResource
    from .resources.reservations import AsyncReservationsResource, ReservationsResource
    from .resources.sales_stages import AsyncSalesStagesResource, SalesStagesResource
    from .resources.sequences import AsyncSequencesResource, SequencesResource
    from .resources.subprojects import AsyncSubprojectsResource, SubprojectsResource
    from .resources.subscription import AsyncSubscriptionResource, SubscriptionResource
    from .resources.terms import AsyncTermsResource, TermsResource
    from .resources.units import AsyncUnitsResource, UnitsResource


class Client(SyncAPIClient):
    """The iCloudReady API client.

    Token from ``token=`` or ``ICLOUDREADY_API_KEY``; base URL from ``base_url=`` or
    ``ICLOUDREADY_BASE_URL``, else the cloud API. Retries, pacing to the documented
    rate limits, typed errors and paging are built in. Use it as a context manager, or
    call ``close()``, to release its connection pool.
    """

    _default_base_url = BASE_URL
    _rate_limits = RATE_LIMITS[DEFAULT_TIER]
    _tiers = RATE_LIMITS
    _default_tier = DEFAULT_TIER
    _routes = ROUTES

    @classmethod
    def sign_in(cls, email: str, password: str, **options: Any) -> Self:
        """POST /signin (Sign in), then a client that sends the token returned.

        ``options`` are those of ``Client(...)``, for both the sign-in and the new client.
        """
        return cls._signed_in(
            lambda anonymous: (
                anonymous.auth.sign_in(
                    email=email,
                    password=password,
                ).access_token
            ),
            options,
        )

    @cached_property
    def audiences(self) -> AudiencesResource:
        """Audiences: named groups of contacts for campaigns and sequences."""
        from .resources.audiences import AudiencesResource

        return AudiencesResource(self)

    @cached_property
    def auth(self) -> AuthResource:
        """Obtaining an access token."""
        from .resources.auth import AuthResource

        return AuthResource(self)

    @cached_property
    def authenticator(self) -> AuthenticatorResource:
        """Accounts: sign-up, sign-in and the signed-in account (me)."""
        from .resources.authenticator import AuthenticatorResource

        return AuthenticatorResource(self)

    @cached_property
    def batches(self) -> BatchesResource:
        """Batches of leads and opportunities assigned for follow-up."""
        from .resources.batches import BatchesResource

        return BatchesResource(self)

    @cached_property
    def contracts(self) -> ContractsResource:
        """Contracts with customers (dates written day first, DD/MM/YYYY)."""
        from .resources.contracts import ContractsResource

        return ContractsResource(self)

    @cached_property
    def custom_fields(self) -> CustomFieldsResource:
        """Custom fields of the objects that have them (the page is titled "Custom")."""
        from .resources.custom_fields import CustomFieldsResource

        return CustomFieldsResource(self)

    @cached_property
    def customers(self) -> CustomersResource:
        """Customers (people or companies)."""
        from .resources.customers import CustomersResource

        return CustomersResource(self)

    @cached_property
    def leads(self) -> LeadsResource:
        """Leads: prospective customers and their activity (reference page only under /ar/)."""
        from .resources.leads import LeadsResource

        return LeadsResource(self)

    @cached_property
    def lookup_values(self) -> LookupValuesResource:
        """Lookup values: the entries of configurable pick lists (page slug lookup-values, path /lookupvalues)."""
        from .resources.lookup_values import LookupValuesResource

        return LookupValuesResource(self)

    @cached_property
    def opportunities(self) -> OpportunitiesResource:
        """Sales opportunities."""
        from .resources.opportunities import OpportunitiesResource

        return OpportunitiesResource(self)

    @cached_property
    def realms(self) -> RealmsResource:
        """Realms: the tenants (companies) of an installation, with their branding and settings."""
        from .resources.realms import RealmsResource

        return RealmsResource(self)

    @cached_property
    def reservations(self) -> ReservationsResource:
        """Reservations of units by customers (dates written day first, DD/MM/YYYY; reference page only under /ar/)."""
        from .resources.reservations import ReservationsResource

        return ReservationsResource(self)

    @cached_property
    def sales_stages(self) -> SalesStagesResource:
        """Sales stages of the pipeline (the page is titled "Sales")."""
        from .resources.sales_stages import SalesStagesResource

        return SalesStagesResource(self)

    @cached_property
    def sequences(self) -> SequencesResource:
        """Sequences: scheduled series of outreach steps to contacts."""
        from .resources.sequences import SequencesResource

        return SequencesResource(self)

    @cached_property
    def subprojects(self) -> SubprojectsResource:
        """Subprojects (buildings, phases) of real-estate projects."""
        from .resources.subprojects import SubprojectsResource

        return SubprojectsResource(self)

    @cached_property
    def subscription(self) -> SubscriptionResource:
        """Free trial and subscriptions (the reference page is Subscription; its paths are under /authenticator)."""
        from .resources.subscription import SubscriptionResource

        return SubscriptionResource(self)

    @cached_property
    def terms(self) -> TermsResource:
        """Terms (clauses) applied to reservations and contracts."""
        from .resources.terms import TermsResource

        return TermsResource(self)

    @cached_property
    def units(self) -> UnitsResource:
        """Real-estate units, kept for backward compatibility (limited use advised; resource-intensive)."""
        from .resources.units import UnitsResource

        return UnitsResource(self)


class AsyncClient(AsyncAPIClient):
    """The iCloudReady API client for asyncio: the same surface as Client, with ``await``."""

    _default_base_url = BASE_URL
    _rate_limits = RATE_LIMITS[DEFAULT_TIER]
    _tiers = RATE_LIMITS
    _default_tier = DEFAULT_TIER
    _routes = ROUTES

    @classmethod
    async def sign_in(cls, email: str, password: str, **options: Any) -> Self:
        """POST /signin (Sign in), then a client that sends the token returned."""

        async def call(anonymous: Self) -> str:
            return (
                await anonymous.auth.sign_in(
                    email=email,
                    password=password,
                )
            ).access_token

        return await cls._signed_in(call, options)

    @cached_property
    def audiences(self) -> AsyncAudiencesResource:
        """Audiences: named groups of contacts for campaigns and sequences."""
        from .resources.audiences import AsyncAudiencesResource

        return AsyncAudiencesResource(self)

    @cached_property
    def auth(self) -> AsyncAuthResource:
        """Obtaining an access token."""
        from .resources.auth import AsyncAuthResource

        return AsyncAuthResource(self)

    @cached_property
    def authenticator(self) -> AsyncAuthenticatorResource:
        """Accounts: sign-up, sign-in and the signed-in account (me)."""
        from .resources.authenticator import AsyncAuthenticatorResource

        return AsyncAuthenticatorResource(self)

    @cached_property
    def batches(self) -> AsyncBatchesResource:
        """Batches of leads and opportunities assigned for follow-up."""
        from .resources.batches import AsyncBatchesResource

        return AsyncBatchesResource(self)

    @cached_property
    def contracts(self) -> AsyncContractsResource:
        """Contracts with customers (dates written day first, DD/MM/YYYY)."""
        from .resources.contracts import AsyncContractsResource

        return AsyncContractsResource(self)

    @cached_property
    def custom_fields(self) -> AsyncCustomFieldsResource:
        """Custom fields of the objects that have them (the page is titled "Custom")."""
        from .resources.custom_fields import AsyncCustomFieldsResource

        return AsyncCustomFieldsResource(self)

    @cached_property
    def customers(self) -> AsyncCustomersResource:
        """Customers (people or companies)."""
        from .resources.customers import AsyncCustomersResource

        return AsyncCustomersResource(self)

    @cached_property
    def leads(self) -> AsyncLeadsResource:
        """Leads: prospective customers and their activity (reference page only under /ar/)."""
        from .resources.leads import AsyncLeadsResource

        return AsyncLeadsResource(self)

    @cached_property
    def lookup_values(self) -> AsyncLookupValuesResource:
        """Lookup values: the entries of configurable pick lists (page slug lookup-values, path /lookupvalues)."""
        from .resources.lookup_values import AsyncLookupValuesResource

        return AsyncLookupValuesResource(self)

    @cached_property
    def opportunities(self) -> AsyncOpportunitiesResource:
        """Sales opportunities."""
        from .resources.opportunities import AsyncOpportunitiesResource

        return AsyncOpportunitiesResource(self)

    @cached_property
    def realms(self) -> AsyncRealmsResource:
        """Realms: the tenants (companies) of an installation, with their branding and settings."""
        from .resources.realms import AsyncRealmsResource

        return AsyncRealmsResource(self)

    @cached_property
    def reservations(self) -> AsyncReservationsResource:
        """Reservations of units by customers (dates written day first, DD/MM/YYYY; reference page only under /ar/)."""
        from .resources.reservations import AsyncReservationsResource

        return AsyncReservationsResource(self)

    @cached_property
    def sales_stages(self) -> AsyncSalesStagesResource:
        """Sales stages of the pipeline (the page is titled "Sales")."""
        from .resources.sales_stages import AsyncSalesStagesResource

        return AsyncSalesStagesResource(self)

    @cached_property
    def sequences(self) -> AsyncSequencesResource:
        """Sequences: scheduled series of outreach steps to contacts."""
        from .resources.sequences import AsyncSequencesResource

        return AsyncSequencesResource(self)

    @cached_property
    def subprojects(self) -> AsyncSubprojectsResource:
        """Subprojects (buildings, phases) of real-estate projects."""
        from .resources.subprojects import AsyncSubprojectsResource

        return AsyncSubprojectsResource(self)

    @cached_property
    def subscription(self) -> AsyncSubscriptionResource:
        """Free trial and subscriptions (the reference page is Subscription; its paths are under /authenticator)."""
        from .resources.subscription import AsyncSubscriptionResource

        return AsyncSubscriptionResource(self)

    @cached_property
    def terms(self) -> AsyncTermsResource:
        """Terms (clauses) applied to reservations and contracts."""
        from .resources.terms import AsyncTermsResource

        return AsyncTermsResource(self)

    @cached_property
    def units(self) -> AsyncUnitsResource:
        """Real-estate units, kept for backward compatibility (limited use advised; resource-intensive)."""
        from .resources.units import AsyncUnitsResource

        return AsyncUnitsResource(self)

"""Where a webhook may go. Docket sends requests on behalf of its users, so an endpoint
that resolves to this machine, the private network or a cloud metadata service would let
anyone with an account reach them (server-side request forgery). The address is checked
when an endpoint is registered, and again at each send, after DNS resolution; the request
then goes to the very address that was checked, so a name that changes its answer in
between (DNS rebinding) gains nothing."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit

from django.conf import settings

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class UnsafeWebhookURL(ValueError):
    """The URL may not receive webhooks; the message says why, for the person who gave it."""


@dataclass(frozen=True)
class WebhookTarget:
    url: str
    parts: SplitResult
    host: str
    port: int
    address: IPAddress  # the checked address the request must go to


def refused(address: IPAddress, *, allow_loopback: bool) -> bool:
    """Anything but a public unicast address: private, loopback, link-local (where cloud
    metadata services live, 169.254.169.254 and fe80::), shared, reserved, multicast."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    if address.is_loopback:
        return not allow_loopback
    return not address.is_global or address.is_multicast


def resolve(host: str, port: int) -> list[IPAddress]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, ValueError) as error:  # ValueError: UnicodeError, a NUL
        raise UnsafeWebhookURL(
            f"The host {host} cannot be found; check the address for typing mistakes."
        ) from error
    # scope ids ("fe80::1%eth0") are dropped: the address alone decides.
    return [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]


def check_webhook_url(url: str) -> WebhookTarget:
    """The target of ``url`` if every address it resolves to may receive webhooks, or
    UnsafeWebhookURL. https only, except with DEBUG or to an allowed loopback receiver."""
    allow_loopback = settings.WEBHOOKS_ALLOW_LOOPBACK
    if any(ord(c) < 32 or ord(c) == 127 or c.isspace() for c in url.strip()):
        raise UnsafeWebhookURL("Leave spaces and control characters out of the address.")
    try:
        parts = urlsplit(url.strip())
    except ValueError as error:  # e.g. an unclosed "[" around an IPv6 address
        raise UnsafeWebhookURL("Give a full web address, starting with https://.") from error
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnsafeWebhookURL("Give a full web address, starting with https://.")
    if parts.username or parts.password:
        raise UnsafeWebhookURL("Leave the user name and password out of the address.")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as error:
        raise UnsafeWebhookURL("The port in the address is not a number from 1 to 65535.") from (
            error
        )
    addresses = resolve(parts.hostname, port)
    if not addresses:
        raise UnsafeWebhookURL(f"The host {parts.hostname} has no address.")
    for address in addresses:
        if refused(address, allow_loopback=allow_loopback):
            where = (
                f"{address} is"
                if parts.hostname == str(address)
                else f"{parts.hostname} leads to {address},"
            )
            raise UnsafeWebhookURL(
                f"{where} a private or local address: "
                "Docket only sends webhooks to public addresses on the internet."
            )
    if parts.scheme == "http" and not (
        settings.DEBUG or (allow_loopback and all(a.is_loopback for a in addresses))
    ):
        raise UnsafeWebhookURL("Use an https:// address: webhooks are not sent in clear text.")
    return WebhookTarget(
        url=url.strip(), parts=parts, host=parts.hostname, port=port, address=addresses[0]
    )

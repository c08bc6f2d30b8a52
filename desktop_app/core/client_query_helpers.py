"""Core layer: finding one client by its exact code through the client service."""

from __future__ import annotations

from desktop_app.core.domain.client_query import ClientQuery, StatusFilter
from desktop_app.core.domain.clients import Client
from desktop_app.core.errors import NotFoundError


def client_by_code(clients, code: str) -> Client:
    """``clients`` is a ClientService; raises NotFoundError (with the code) when no client has it."""
    wanted = code.strip().casefold()
    for client in clients.page(ClientQuery(text=code, status=StatusFilter.ALL)):
        if client.code.casefold() == wanted:
            return client
    raise NotFoundError("client", code=code.strip())

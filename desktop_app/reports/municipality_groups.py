"""Reports layer: the names of the unit's municipality groups as a table prints them:
its own municipality by name, the other parties of its cost sharing, other
municipalities, and not known (CostSharing.group)."""

from __future__ import annotations

from desktop_app.reports.translate import Translate, municipality_names

GROUPS = ("home", "agreement", "other", "unknown")


def group_headers(home: str | None, translate: Translate) -> dict[str, str]:
    return {
        "home": municipality_names().get(home or "", ""),
        "agreement": translate("MunicipalityGroups", "Avtalskommuner")
        if not home
        else translate("MunicipalityGroups", "Övriga avtalskommuner"),
        "other": translate("MunicipalityGroups", "Andra kommuner"),
        "unknown": translate("MunicipalityGroups", "Kommun okänd"),
    }

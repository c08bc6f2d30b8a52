"""UI layer: freezing a statistics period from the Statistik page ("Fastställ"), and
freezing a frozen one anew with a reason (mixed into ``StatisticsPage``)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.domain.measures import RefreezeReason
from desktop_app.ui.dialogs.removal import ask_reason
from desktop_app.ui.feedback import error_text


class FreezeActions:
    """Needs ``session``, ``ops``, ``table``, ``message``, ``period()`` and ``reload()``."""

    def freeze(self) -> None:
        """The button: freeze the period, or, when it is frozen, freeze it anew."""
        period = self.period()
        stats = self.session.statistics
        if self.table is not None and self.table.frozen_at:
            reason = ask_reason(
                self,
                QCoreApplication.translate("StatisticsPage", "Fastställ på nytt"),
                QCoreApplication.translate(
                    "StatisticsPage",
                    "%1 är fastställd. Ersätta de sparade siffrorna med dagens? Skälet sparas "
                    "i granskningsloggen.",
                ).replace("%1", period.label),
                list(RefreezeReason),
            )
            if reason is None:
                return
            call = lambda: stats.refreeze(period, reason, datetime.now())  # noqa: E731
        else:
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("StatisticsPage", "Fastställ"),
                QCoreApplication.translate(
                    "StatisticsPage",
                    "Fastställa %1? Siffrorna för perioden och varje kvartal och månad i den "
                    "sparas som de är nu och ändras inte av senare gallring.",
                ).replace("%1", period.label),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            call = lambda: stats.freeze(period, datetime.now())  # noqa: E731
        self.ops.run(
            self,
            call,
            lambda _: (
                self.message.setText(
                    QCoreApplication.translate("StatisticsPage", "Perioden är fastställd.")
                ),
                self.reload(),
            ),
            lambda e: self.message.setText(error_text(e)),
        )

    def show_frozen(self) -> None:
        """The button says what it will do for the period shown."""
        frozen = self.table is not None and bool(self.table.frozen_at)
        self.freeze_button.setText(
            QCoreApplication.translate("StatisticsPage", "Fastställ på nytt…")
            if frozen
            else QCoreApplication.translate("StatisticsPage", "Fastställ perioden…")
        )

"""UI layer: Administration › Granskningslogg: who opened or changed which client,
filtered by client, staff member and period; the monthly "review done"; export."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.audit import (
    AuditAction,
    AuditQuery,
    AuditReview,
    AuditRow,
    ChainAnchor,
)
from desktop_app.core.domain.client_query import ClientQuery, StatusFilter
from desktop_app.reports.document import Document, Section, Table
from desktop_app.session import Session
from desktop_app.ui.feedback import error_text, label_text
from desktop_app.ui.models.rows_table_model import RowsTableModel
from desktop_app.ui.ops import Ops
from desktop_app.ui.statistics_output import ask_save_path, write_report
from desktop_app.ui.theme_colors import tone


def previous_month(today: date) -> tuple[date, date]:
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class AuditTab(QWidget):
    def __init__(self, session: Session, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops
        self.rows: list[AuditRow] = []
        self.head: ChainAnchor | None = None
        self.client = QLineEdit(placeholderText=self.tr("Klientkod, t.ex. K-2026-014"))
        self.client.setObjectName("auditClient")
        self.client.setMinimumWidth(190)
        self.staff = QComboBox()
        self.staff.setObjectName("auditStaff")
        start, end = previous_month(date.today())
        self.start = QDateEdit(_qdate(start), calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.end = QDateEdit(_qdate(end), calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.search_button = QPushButton(self.tr("Sök"))
        self.search_button.setObjectName("auditSearch")
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.search)
        self.client.returnPressed.connect(self.search)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Klient:"), self.client),
            (self.tr("Medarbetare:"), self.staff),
            (self.tr("Från:"), self.start),
            (self.tr("Till:"), self.end),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.search_button)
        filters.addStretch(1)

        self.model = RowsTableModel(
            [
                self.tr("Tid"),
                self.tr("Medarbetare"),
                self.tr("Händelse"),
                self.tr("Vad"),
                self.tr("Klient"),
                self.tr("Detalj"),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(220)
        self.count = QLabel()
        self.chain = QLabel()
        self.chain.setObjectName("auditChain")
        self.export_button = QPushButton(self.tr("Exportera…"))
        self.export_button.setObjectName("auditExport")
        menu = QMenu(self)
        for kind, text in (("pdf", "PDF…"), ("xlsx", "Excel…"), ("csv", "CSV…")):
            action = menu.addAction(text)
            action.setData(kind)
        menu.triggered.connect(self._export_chosen)
        self.export_button.setMenu(menu)
        self.review_button = QPushButton(self.tr("Granskning klar…"))
        self.review_button.setObjectName("auditReviewDone")
        self.review_button.clicked.connect(self.review_done)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(self.chain)
        actions.addWidget(self.export_button)
        actions.addWidget(self.review_button)
        self.reviews_model = RowsTableModel(
            [
                self.tr("Gjord"),
                self.tr("Av"),
                self.tr("Period"),
                self.tr("Kommentar"),
                self.tr("Loggens ankare"),
            ],
            self,
        )
        self.reviews = QTableView()
        self.reviews.setObjectName("auditReviews")
        self.reviews.setModel(self.reviews_model)
        self.reviews.verticalHeader().hide()
        self.reviews.horizontalHeader().setStretchLastSection(True)
        self.reviews.setMaximumHeight(140)
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("auditMessage")

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(QLabel(self.tr("Genomförda granskningar:")))
        layout.addWidget(self.reviews)
        layout.addWidget(self.message)

    def action_label(self, action: AuditAction) -> str:
        return label_text(AuditAction(action))

    # -- loading ----------------------------------------------------------------------
    def refresh(self) -> None:
        session = self.session
        self.ops.run(
            self,
            lambda: (
                session.users.list_users(),
                session.audit.reviews(),
                session.check_audit(),
                session.audit.head(),
            ),
            self._loaded,
            lambda e: self.message.setText(error_text(e)),
        )

    def _loaded(self, result) -> None:
        users, reviews, chain, self.head = result
        current = self.staff.currentData()
        self.staff.clear()
        self.staff.addItem(self.tr("Alla"), None)
        for user in users:
            self.staff.addItem(f"{user.display_name} ({user.username})", user.id)
        index = self.staff.findData(current)
        self.staff.setCurrentIndex(max(index, 0))
        self._show_reviews(reviews)
        if chain.broken:
            self.chain.setText(
                self.tr("⚠ Loggens kedja är bruten vid rad %1").replace("%1", str(chain.broken[0]))
            )
            self.chain.setStyleSheet(tone("danger") + " font-weight: bold;")
        elif chain.failed_anchors:
            anchor, _ = chain.failed_anchors[0]
            self.chain.setText(
                self.tr(
                    "⚠ Loggen stämmer inte med sitt ankare vid rad %1 (kortad eller omskriven)"
                ).replace("%1", str(anchor.last_id))
            )
            self.chain.setStyleSheet(tone("danger") + " font-weight: bold;")
        else:
            self.chain.setText(self.tr("Loggens kedja är hel"))
            self.chain.setStyleSheet(tone("success"))
        self.search()

    def _show_reviews(self, reviews: list[AuditReview]) -> None:
        self.reviews_model.set_rows(
            [
                [
                    r.at.strftime("%Y-%m-%d %H:%M"),
                    r.username,
                    f"{r.start} – {r.end}",
                    r.comment,
                    r.anchor.short() if r.anchor else "",
                ]
                for r in reviews
            ]
        )

    def _period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()

    def search(self) -> None:
        code, staff = self.client.text().strip().upper(), self.staff.currentData()
        start, end = self._period()
        session = self.session

        def run() -> list[AuditRow] | None:
            client_id = None
            if code:
                found = session.clients.page(ClientQuery(text=code, status=StatusFilter.ALL))
                match = next((c for c in found if c.code.upper() == code), None)
                if match is None:
                    return None
                client_id = match.id
            return session.audit.search(AuditQuery(client_id, staff, start, end))

        self.message.clear()
        self.ops.run(self, run, self._found, lambda e: self.message.setText(error_text(e)))

    def _found(self, rows: list[AuditRow] | None) -> None:
        if rows is None:
            self.message.setText(self.tr("Ingen klient har den koden."))
            rows = []
        self.rows = rows
        self.model.set_rows([self._cells(r) for r in rows])
        self.count.setText(self.tr("%n händelser", "", len(rows)))

    def _cells(self, row: AuditRow) -> list[str]:
        e = row.entry
        return [
            e.at.strftime("%Y-%m-%d %H:%M:%S"),
            e.username,
            self.action_label(e.action),
            e.entity,
            row.client_code,
            e.detail,
        ]

    # -- export and review ------------------------------------------------------------
    def document(self) -> Document:
        start, end = self._period()
        headers = [
            self.model.headerData(i, Qt.Orientation.Horizontal)
            for i in range(self.model.columnCount())
        ]
        return Document(
            self.tr("Granskningslogg"),
            facts=[
                (self.tr("Period"), f"{start} – {end}"),
                (self.tr("Klient"), self.client.text().strip() or self.tr("alla")),
                (self.tr("Medarbetare"), self.staff.currentText()),
                (self.tr("Utskrivet"), date.today().isoformat()),
                # The chain's head when printed: a paper copy anchors the log.
                (self.tr("Loggens ankare"), self.head.short() if self.head else "–"),
            ],
            sections=[Section("", table=Table(headers, [self._cells(r) for r in self.rows]))],
            footer=self.tr("Sekretess: innehåller uppgifter om klienter enligt OSL 26 kap."),
            landscape=True,
        )

    def _export_chosen(self, action) -> None:
        self.export(action.data())

    def export(self, kind: str) -> None:
        path = ask_save_path(self, kind, "audit_log", self.tr("Spara granskningsloggen"))
        if not path:
            return
        document, audit, rows = self.document(), self.session.audit, len(self.rows)

        def write() -> None:
            write_report(kind, path, document, None, document.title)
            audit.record(AuditAction.EXPORT, "audit_log", "", f"{kind} rows={rows}")

        self.ops.run(
            self,
            write,
            lambda _: self.message.setText(self.tr("Sparad: %1").replace("%1", path)),
            lambda e: self.message.setText(error_text(e)),
        )

    def review_done(self) -> None:
        start, end = self._period()
        comment, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Granskning klar"),
            self.tr(
                "Loggen för %1 – %2 är genomgången. Kommentar (vad som granskades, avvikelser):"
            )
            .replace("%1", str(start))
            .replace("%2", str(end)),
        )
        if not ok:
            return
        audit = self.session.audit
        self.ops.run(
            self,
            lambda: (audit.add_review(start, end, comment), audit.reviews())[1],
            lambda reviews: (
                self._show_reviews(reviews),
                self.message.setText(self.tr("Granskningen är registrerad.")),
            ),
            lambda e: self.message.setText(error_text(e)),
        )

    def clear_sensitive(self) -> None:
        self.rows = []
        self.model.set_rows([])
        self.client.clear()

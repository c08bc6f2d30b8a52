"""The look: every text/background pair of every palette meets WCAG 2.1 AA (4.5:1 for
text, 3:1 for the focus ring); the theme installs on Fusion with no icons on dialog
buttons, the navigation has its icons, and the system's dark or high-contrast choice
is followed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.ui.theme_colors import NON_TEXT_PAIRS, TEXT_PAIRS, VARIANTS, contrast


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_every_pair_meets_wcag_aa(variant):
    colours = VARIANTS[variant]
    for fg, bg in TEXT_PAIRS:
        assert contrast(colours[fg], colours[bg]) >= 4.5, (variant, fg, bg)
    for fg, bg in NON_TEXT_PAIRS:
        assert contrast(colours[fg], colours[bg]) >= 3.0, (variant, fg, bg)


def test_contrast_is_computed_as_wcag_defines_it():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#777777", "#ffffff"), 2) == 4.48  # WCAG's own borderline example


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_the_theme_installs_and_comes_off_again(qapp, qtbot, ops, vault, variant):
    from desktop_app.ui import theme_colors
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.theme import apply_theme, remove_theme

    apply_theme(qapp, variant)
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        assert box.button(QDialogButtonBox.StandardButton.Save).icon().isNull()
        assert qapp.palette().window().color().name() == VARIANTS[variant]["window"]
        window = MainWindow(vault.session, ops, unit_name="KAST")
        qtbot.addWidget(window)
        window.show()
        assert all(not window.nav.item(n).icon().isNull() for n in range(window.nav.count()))
        icon = window.nav.item(0).icon()
        assert icon.pixmap(30, 30).width() >= 30  # drawn for 150 % too, not scaled up
        assert theme_colors.active == VARIANTS[variant]
        window.shutdown()
    finally:
        remove_theme(qapp)


def test_the_variant_follows_the_system(monkeypatch):
    from desktop_app.ui import theme

    assert theme.variant_for(dark=False, high_contrast=False) == "light"
    assert theme.variant_for(dark=True, high_contrast=False) == "dark"
    assert theme.variant_for(dark=True, high_contrast=True) == "high_contrast"
    monkeypatch.setenv("VAGVAL_THEME", "dark")
    assert theme.chosen_variant(None) == "dark"

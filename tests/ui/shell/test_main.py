"""Starting the app: ``main([...])`` as ``python -m ui`` and ``./run.sh --smoke`` call it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ledger import integrity
from tests.ui.conftest import ledger_on_disk
from ui import main as ui_main
from ui.shell import language


def test_smoke_on_a_ledger_returns_zero(tmp_path: Path) -> None:
    path = ledger_on_disk(tmp_path / "dupont.comptoir")

    assert ui_main.main(["--smoke", str(path)]) == 0

    assert integrity.verify_ledger(path).ok  # closed cleanly, still sound
    assert not path.with_name(path.name + ".lock").exists() or _lock_is_free(path)


def _lock_is_free(path: Path) -> bool:
    from app.storage.ledger_file import open_ledger_file

    open_ledger_file(path).close()
    return True


def test_smoke_without_a_path_creates_and_opens_the_demo(isolated_settings: Path) -> None:
    demo = isolated_settings / "data" / "demo.comptoir"
    assert not demo.exists()

    assert ui_main.main(["--smoke"]) == 0

    report = integrity.verify_ledger(demo)
    assert report.ok and report.entries > 0


def test_smoke_on_a_file_that_is_not_a_ledger_fails_with_a_message(
    tmp_path: Path, shown_errors: list[str]
) -> None:
    stranger = tmp_path / "photo.comptoir"
    stranger.write_bytes(b"\x89PNG\r\n\x1a\n not really")

    assert ui_main.main(["--smoke", str(stranger)]) == 1

    assert shown_errors == [f"{stranger.resolve()} is not a Comptoir ledger file."]


def test_lang_option_wins_over_the_company_language(
    tmp_path: Path, compiled_translations: Path
) -> None:
    path = ledger_on_disk(tmp_path / "dupont.comptoir", language="fr")

    assert ui_main.main(["--smoke", "--lang", "ro", str(path)]) == 0

    assert language.current_language() == "ro"


def test_arguments_are_parsed() -> None:
    args, rest = ui_main.parse_args(["books.comptoir", "--lang", "fr", "-platform", "xcb"])
    assert args.path == Path("books.comptoir") and args.lang == "fr" and not args.smoke
    assert rest == ["-platform", "xcb"]
    with pytest.raises(SystemExit):
        ui_main.parse_args(["--lang", "de"])

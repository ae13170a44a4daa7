from tests.app.treasury.conftest import treasury  # noqa: F401 - shared by app tests

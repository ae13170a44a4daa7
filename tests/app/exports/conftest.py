from tests.app.treasury.conftest import treasury  # noqa: F401 - the shared fixture
